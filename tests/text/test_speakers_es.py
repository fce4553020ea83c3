"""Speakers on invented Spanish news passages (issue 12 pattern 6)."""

from __future__ import annotations

from tests.text.speaker_cases import Case, outcomes, share_right

CASES: list[Case] = [
    (
        "“El metro llegará al aeropuerto en 2027”, afirmó Jorge Ramírez, consejero de Transportes.",
        [("El metro llegará", "Jorge Ramírez")],
    ),
    (
        "Según la ingeniera Lucía Herrera, “la presa necesita una reparación urgente”.",
        [("la presa necesita", "Lucía Herrera")],
    ),
    (
        "“No vamos a subir los impuestos”, dijo la alcaldesa Carmen Ortega en el pleno.",
        [("No vamos a subir", "Carmen Ortega")],
    ),
    (
        "El agricultor Manuel Castro perdió media cosecha por la sequía.\n\n"
        "“Este año no ha llovido ni una vez”, añadió.",
        [("Este año no ha llovido", "Manuel Castro")],
    ),
    (
        "«Los hospitales están saturados», declaró el ministro de Sanidad, Andrés Molina.",
        [("Los hospitales", "Andrés Molina")],
    ),
    (
        "La directora del museo, Elena Vidal, explicó: “Abriremos dos salas nuevas en verano”.",
        [("Abriremos dos salas", "Elena Vidal")],
    ),
    (
        "“Nadie nos avisó del corte de agua”, aseguró Rosa Delgado, vecina del barrio.",
        [("Nadie nos avisó", "Rosa Delgado")],
    ),
    (
        "Pablo Navarro entrena al equipo juvenil desde hace diez años.\n\n"
        "“Los chicos merecen un campo de verdad”.",
        [("Los chicos merecen", "Pablo Navarro")],
    ),
    (
        "“Las obras terminarán en junio”, señaló el concejal Raúl Jiménez. “El presupuesto "
        "no cambia”.",
        [("Las obras terminarán", "Raúl Jiménez"), ("El presupuesto", "Raúl Jiménez")],
    ),
    (
        "La bombera Marta Ruiz estuvo en el incendio.\n\n"
        "“El viento cambió de dirección en minutos”, contó ella.",
        [("El viento cambió", "Marta Ruiz")],
    ),
    # written after the rules above, as a check on passages they were not tuned on
    (
        "“Hemos recuperado el turismo”, aseguró el alcalde Diego Morales.",
        [("Hemos recuperado", "Diego Morales")],
    ),
    (
        "Según el científico Javier Ortiz, “el glaciar perderá la mitad de su masa”.",
        [("el glaciar perderá", "Javier Ortiz")],
    ),
    (
        "La enfermera Pilar Soto lleva veinte años en urgencias.\n\n“Nunca habíamos visto tantos pacientes”.",
        [("Nunca habíamos", "Pilar Soto")],
    ),
    (
        "“El puerto necesita inversión”, dijo Sergio Vega, presidente de la cámara. “Sin ella, perderemos barcos”.",
        [("El puerto necesita", "Sergio Vega"), ("Sin ella", "Sergio Vega")],
    ),
    # a third batch, also written before the rules that handle it
    (
        "“La biblioteca abrirá los domingos”, anunció la concejala Isabel Prieto.",
        [("La biblioteca abrirá", "Isabel Prieto")],
    ),
    (
        "El entrenador Gonzalo Rubio no ocultó su enfado. “Nos robaron el partido”, dijo.",
        [("Nos robaron", "Gonzalo Rubio")],
    ),
    (
        "Para el economista Felipe Romero, “la deuda es sostenible”.",
        [("la deuda es", "Felipe Romero")],
    ),
    # a fourth batch, written before any rule change for it
    (
        "La alcaldesa Mercedes Lorenzo visitó el barrio afectado.\n\n“Vamos a reconstruir cada casa”, prometió.",
        [("Vamos a reconstruir", "Mercedes Lorenzo")],
    ),
    (
        "“El agua llegó en diez minutos”, relató Ignacio Serrano, vecino de la calle. “No pudimos sacar nada”.",
        [("El agua llegó", "Ignacio Serrano"), ("No pudimos", "Ignacio Serrano")],
    ),
    (
        "Según fuentes del ministerio, “el plan se aprobará en mayo”.",
        [("el plan se aprobará", None)],
    ),
]


def test_share_of_speakers_right() -> None:
    assert share_right(CASES) >= 0.85, outcomes(CASES)
