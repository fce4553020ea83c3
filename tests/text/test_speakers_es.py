"""Speakers on invented Spanish news passages (issue 12 pattern 6)."""

from __future__ import annotations

import pytest

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


# multi-paragraph articles (wire copy, local news, sports, business, captions and bylines),
# written as a check on the rules: every speaker exact
ARTICLES: list[Case] = [
    (
        'MADRID (EFE) - El Gobierno aprobó este martes una subida del salario mínimo.\n\n"Es una medida de justicia social", afirmó la ministra de Trabajo, Carmen Díaz, en rueda de prensa.\n\nLa patronal criticó la decisión. "Muchas pequeñas empresas no podrán asumir este coste", advirtió su presidente, Antonio Garrido.',
        [("Es una medida", "Carmen Díaz"), ("Muchas pequeñas", "Antonio Garrido")],
    ),
    (
        'Por Laura Gómez\n\nEl Ayuntamiento de Sevilla cerrará el parque de María Luisa durante las obras.\n\n"Los trabajos durarán al menos seis meses", dijo la alcaldesa Rocío Navarro.\n\nLos vecinos están preocupados. "¿Dónde van a jugar nuestros hijos?", se pregunta Manuel Ortiz, presidente de la asociación vecinal.',
        [("Los trabajos durarán", "Rocío Navarro"), ("¿Dónde van a jugar", "Manuel Ortiz")],
    ),
    (
        "El Real Madrid ganó 2-0 al Betis en el Bernabéu.\n\n«Hemos jugado un partido muy serio», señaló el entrenador Carlos Vidal tras el encuentro.\n\nEl capitán del Betis, Sergio Molina, reconoció la superioridad rival: «Ellos fueron mejores en todo.»",
        [("Hemos jugado", "Carlos Vidal"), ("Ellos fueron", "Sergio Molina")],
    ),
    (
        'Según el director del hospital, Javier Ruiz, las urgencias están saturadas. "Tenemos pacientes esperando en los pasillos", explicó.\n\nLa consejera de Sanidad, Elena Soto, prometió más personal. "Contrataremos a 200 enfermeras antes del verano", aseguró.',
        [("Tenemos pacientes", "Javier Ruiz"), ("Contrataremos", "Elena Soto")],
    ),
    (
        'La empresa Iberdrola anunció beneficios récord.\n\n"El año ha sido excepcional", declaró su consejero delegado, Luis Herrera. "Vamos a seguir invirtiendo en renovables."\n\nPara el economista Pablo Castro, "estos beneficios se deben sobre todo a los precios altos".',
        [
            ("El año ha sido", "Luis Herrera"),
            ("Vamos a seguir", "Luis Herrera"),
            ("estos beneficios", "Pablo Castro"),
        ],
    ),
    (
        'Foto: Miguel Sanz\n\nAna Torres lleva veinte años pescando en Cádiz.\n\n"Cada año hay menos peces", lamenta. "Mis hijos no van a seguir con el oficio."\n\nLa cofradía de pescadores ha pedido ayudas al Gobierno.',
        [("Cada año hay", "Ana Torres"), ("Mis hijos", "Ana Torres")],
    ),
    (
        'El presidente del Gobierno, Pedro Sáenz, defendió su gestión en el Congreso.\n\n"Este país está mejor que hace cinco años", dijo. "Los datos no mienten."\n\nEl líder de la oposición, Alberto Núñez, respondió con dureza: "Los españoles no llegan a fin de mes".',
        [
            ("Este país", "Pedro Sáenz"),
            ("Los datos", "Pedro Sáenz"),
            ("Los españoles", "Alberto Núñez"),
        ],
    ),
    (
        'La Policía Nacional detuvo a tres personas por una estafa telefónica.\n\n"Los detenidos se hacían pasar por empleados de banco", explicó el inspector Raúl Medina.\n\nSegún la policía, más de cien personas fueron engañadas.',
        [("Los detenidos", "Raúl Medina")],
    ),
    (
        'La cantante Lucía Ferrer publicó su nuevo disco el viernes.\n\n"Es el trabajo más personal de mi carrera", contó la artista en una entrevista con la radio. "Lo escribí durante la pandemia."\n\nSus fans llenaron las redes de mensajes.',
        [("Es el trabajo", "Lucía Ferrer"), ("Lo escribí", "Lucía Ferrer")],
    ),
    (
        'El alcalde de Valencia, Joan Ribó, presentó este lunes el nuevo plan de movilidad.\n\n"Queremos una ciudad para las personas, no para los coches", afirmó el alcalde.\n\nLa oposición lo criticó con dureza. "Es un plan improvisado", dijo la portavoz del PP, María José Catalá.',
        [("Queremos una ciudad", "Joan Ribó"), ("Es un plan", "María José Catalá")],
    ),
    (
        "«Ha sido el partido más difícil de la temporada», reconoció el delantero Álvaro Morales tras el empate en Bilbao.\n\nEl técnico, Diego Ramos, prefirió mirar adelante: «Quedan diez finales.»",
        [("Ha sido el partido", "Álvaro Morales"), ("Quedan diez", "Diego Ramos")],
    ),
    (
        'Según la Guardia Civil, el incendio se originó en una finca agrícola.\n\n"Las llamas avanzaban muy rápido por el viento", explicó un vecino, Juan Martínez, que ayudó a desalojar a sus padres.\n\n"Pasamos mucho miedo", añadió.',
        [("Las llamas avanzaban", "Juan Martínez"), ("Pasamos mucho miedo", "Juan Martínez")],
    ),
    (
        'La presidenta de la Comunidad, Isabel Prieto, anunció una rebaja de impuestos.\n\n"Los madrileños pagarán menos a partir de enero", aseguró Prieto en la Asamblea.',
        [("Los madrileños", "Isabel Prieto")],
    ),
    (
        'Por Marta Sánchez\n\nLa directora del colegio, Pilar Romero, está preocupada por el calor en las aulas.\n\n"Los niños no pueden concentrarse a 35 grados", lamenta. "Necesitamos aire acondicionado ya."\n',
        [("Los niños no pueden", "Pilar Romero"), ("Necesitamos aire", "Pilar Romero")],
    ),
    (
        'El Gobierno de Canarias pidió ayuda al Estado ante la llegada de migrantes.\n\n"La situación es insostenible", afirmó el presidente canario, Fernando Clavijo, en una rueda de prensa. "Necesitamos solidaridad."\n\nDesde el Ministerio del Interior aseguraron que se enviarán más recursos.',
        [("La situación es", "Fernando Clavijo"), ("Necesitamos solidaridad", "Fernando Clavijo")],
    ),
    (
        'El Barcelona goleó 4-0 al Girona.\n\n"El equipo ha jugado con mucha personalidad", valoró Hansi Flick en la sala de prensa.\n\nRobert Lewandowski, autor de dos goles, se mostró feliz: "Me siento muy bien físicamente".',
        [("El equipo ha jugado", "Hansi Flick"), ("Me siento muy bien", "Robert Lewandowski")],
    ),
    (
        'Una mujer de 45 años resultó herida grave en un accidente en la A-6.\n\n"El coche volcó después de chocar con la mediana", explicó un portavoz de la Guardia Civil.\n\nLa conductora fue trasladada al hospital de La Paz.',
        [("El coche volcó", "un portavoz de la Guardia Civil")],
    ),
    (
        'Por Javier Ortega\n\nRosa Jiménez tiene 82 años y vive sola en un pueblo de Teruel.\n\n"Aquí no queda nadie joven", cuenta mientras riega sus geranios. "El médico viene una vez a la semana."\n\nSu vecina, Carmen López, asiente: "Nos olvidaron hace tiempo".',
        [
            ("Aquí no queda", "Rosa Jiménez"),
            ("El médico viene", "Rosa Jiménez"),
            ("Nos olvidaron", "Carmen López"),
        ],
    ),
    (
        'La ministra de Hacienda, María Jesús Montero, defendió los presupuestos.\n\n"Son unas cuentas sociales y responsables", dijo Montero en el Congreso.\n\nEl PP votará en contra. "Suben los impuestos a la clase media", criticó su portavoz económico, Juan Bravo.',
        [("Son unas cuentas", "María Jesús Montero"), ("Suben los impuestos", "Juan Bravo")],
    ),
    (
        'Lucía Ramos, enfermera del Hospital de Cruces, lleva tres semanas sin librar.\n\n"Estamos agotadas", confiesa. "Y nadie nos escucha."\n',
        [("Estamos agotadas", "Lucía Ramos"), ("Y nadie nos", "Lucía Ramos")],
    ),
    (
        'La Comisión Europea multó a Google con 2.400 millones de euros.\n\n"Google ha abusado de su posición dominante", dijo la comisaria de Competencia, Teresa Ribera, en Bruselas.\n\nLa empresa anunció que recurrirá. "No estamos de acuerdo con la decisión", señaló un portavoz de Google.',
        [
            ("Google ha abusado", "Teresa Ribera"),
            ("No estamos de acuerdo", "un portavoz de Google"),
        ],
    ),
    (
        'Los vecinos del barrio de Lavapiés protestaron contra los pisos turísticos.\n\n"Nos están echando de nuestras casas", denunció Ana Belén Ruiz, portavoz de la asociación vecinal.\n\nSegún ella, el alquiler medio ha subido un 40 % en cinco años.',
        [("Nos están echando", "Ana Belén Ruiz")],
    ),
    (
        'El Gobierno vasco presentó su plan contra la sequía.\n\n"Tenemos que prepararnos para veranos cada vez más secos", afirmó el consejero de Medio Ambiente, Mikel Jauregi. Según él, los embalses están al 40 %.\n\nLos agricultores piden más ayudas. "Sin agua no hay cosecha", resumió Iñaki Goikoetxea, de la unión agraria.',
        [("Tenemos que prepararnos", "Mikel Jauregi"), ("Sin agua no", "Iñaki Goikoetxea")],
    ),
    (
        'La tenista Paula Badosa se retiró del torneo por una lesión en la espalda.\n\n"Me duele mucho dejarlo así", escribió la catalana en sus redes sociales. "Volveré más fuerte."\n',
        [("Me duele mucho", "Paula Badosa"), ("Volveré más", "Paula Badosa")],
    ),
    (
        'El precio del aceite de oliva ha bajado un 30 % en tres meses.\n\n"La cosecha de este año es mucho mejor", explica Cristóbal Gallego, presidente de una cooperativa de Jaén. "Por fin respiramos."\n\nLos consumidores, sin embargo, todavía no lo notan. "Sigo pagando casi diez euros por litro", se queja Elena Navarro en un supermercado de Sevilla.',
        [
            ("La cosecha de", "Cristóbal Gallego"),
            ("Por fin respiramos", "Cristóbal Gallego"),
            ("Sigo pagando", "Elena Navarro"),
        ],
    ),
    (
        'La selección española femenina ganó la Nations League.\n\n"Este equipo no tiene techo", aseguró la seleccionadora, Montse Tomé, tras la final. "Las jugadoras han estado increíbles."\n',
        [("Este equipo no", "Montse Tomé"), ("Las jugadoras", "Montse Tomé")],
    ),
    (
        'La DANA dejó más de 200 muertos en la provincia de Valencia.\n\n"Lo hemos perdido todo, la casa, el coche, el negocio", relata entre lágrimas Amparo Sánchez, vecina de Paiporta.\n\nEl presidente de la Generalitat, Carlos Mazón, defendió la actuación de su gobierno: "Hicimos todo lo que pudimos".',
        [("Lo hemos perdido", "Amparo Sánchez"), ("Hicimos todo", "Carlos Mazón")],
    ),
    (
        'Rafa Nadal se despidió del tenis en Málaga.\n\n"Me voy con la tranquilidad de haberlo dado todo", dijo el balear, emocionado. "Gracias a todos."\n',
        [("Me voy con", "Rafa Nadal"), ("Gracias a todos", "Rafa Nadal")],
    ),
    # batch 4a, written before its rules (45/62 speakers right then in 7 languages, 53/62 after)
    (
        "MADRID (EFE) - El Gobierno aprobó este martes una ley para limitar el precio del alquiler en zonas tensionadas.\n\n«Es una ley pensada para los jóvenes», defendió la ministra de Vivienda, Isabel Rodríguez, en rueda de prensa.\n\nLos propietarios la rechazan. «Va a reducir la oferta de pisos», advirtió Joaquín García, presidente de la asociación de caseros. «Lo hemos visto en otros países».",
        [
            ("Es una ley", "Isabel Rodríguez"),
            ("Va a reducir", "Joaquín García"),
            ("Lo hemos visto", "Joaquín García"),
        ],
    ),
    (
        "En Valencia, tres meses después de la dana, muchos vecinos siguen sin poder volver a casa.\n\n«Perdimos todo en una noche», cuenta Rosa Martínez, de 71 años, mientras señala la marca del agua en la pared. «Nadie nos avisó».\n\nEl alcalde de Paiporta, Maribel Albalat, pidió paciencia: «Estamos trabajando día y noche para reconstruir el pueblo».",
        [
            ("Perdimos todo", "Rosa Martínez"),
            ("Nadie nos avisó", "Rosa Martínez"),
            ("Estamos trabajando", "Maribel Albalat"),
        ],
    ),
    (
        "El Atlético de Madrid goleó 4-0 al Getafe.\n\n«El equipo ha estado muy serio», afirmó Diego Simeone tras el partido. El argentino destacó a Julián Álvarez: «Es un jugador que nos da mucho».\n\nEl técnico del Getafe, José Bordalás, reconoció la superioridad rival. «Hoy no hemos estado a la altura», dijo.",
        [
            ("El equipo ha estado", "Diego Simeone"),
            ("Es un jugador", "Diego Simeone"),
            ("Hoy no hemos", "José Bordalás"),
        ],
    ),
    # batch 4b, written before its rules (38/58 speakers right then in 7 languages, 46/58 after)
    (
        "BUENOS AIRES (AFP) - La inflación en Argentina bajó al 2,4% mensual en octubre.\n\n«Estamos saliendo del infierno», celebró el ministro de Economía, Luis Caputo, en sus redes sociales.\n\nLos economistas piden cautela. «El dato es bueno, pero los salarios siguen muy atrasados», matizó la analista Marina Dal Poggetto. «Falta mucho».",
        [
            ("Estamos saliendo", "Luis Caputo"),
            ("El dato es bueno", "Marina Dal Poggetto"),
            ("Falta mucho", "Marina Dal Poggetto"),
        ],
    ),
    (
        "En un pequeño pueblo de Soria, la escuela ha vuelto a abrir con seis alumnos.\n\n«Hace diez años pensamos que no volvería a sonar el timbre», recuerda la alcaldesa, Pilar Gómez. «Ahora hay familias jóvenes que quieren quedarse».\n\nLa maestra, Lucía Herrero, llegó desde Zaragoza en septiembre. «Aquí conozco a cada niño como si fuera mío», asegura.",
        [
            ("Hace diez años", "Pilar Gómez"),
            ("Ahora hay familias", "Pilar Gómez"),
            ("Aquí conozco", "Lucía Herrero"),
        ],
    ),
    (
        "CIUDAD DE MÉXICO - La presidenta Claudia Sheinbaum anunció un plan para reducir el precio de la tortilla.\n\n«Ningún mexicano debe pagar más por su alimento básico», dijo la mandataria en su conferencia matutina.\n\nLos productores se mostraron escépticos. Homero López, de la Cámara Nacional del Maíz, advirtió: «Sin apoyos al campo, el plan no funcionará».",
        [("Ningún mexicano", "Claudia Sheinbaum"), ("Sin apoyos", "Homero López")],
    ),
    # batch 4c, written before its rules (38/52 speakers right then in 7 languages, 42/52 after)
    (
        "BARCELONA - El Ayuntamiento de Barcelona no renovará las licencias de pisos turísticos a partir de 2028.\n\n«La vivienda es para vivir, no para especular», defendió el alcalde, Jaume Collboni, en el pleno municipal.\n\nEl sector turístico prepara recursos. «Es una medida ilegal y la vamos a tumbar en los tribunales», aseguró Marian Muro, directora de la patronal de apartamentos turísticos.",
        [("La vivienda es", "Jaume Collboni"), ("Es una medida", "Marian Muro")],
    ),
    (
        "El Real Madrid perdió 2-1 ante el Athletic en San Mamés.\n\n«Hemos empezado mal y lo hemos pagado», admitió Carlo Ancelotti en la sala de prensa. El italiano no quiso culpar al árbitro.\n\nNico Williams, autor del segundo gol, estaba eufórico: «Ganar al Madrid aquí es lo máximo».",
        [("Hemos empezado", "Carlo Ancelotti"), ("Ganar al Madrid", "Nico Williams")],
    ),
    # once in ARTICLES_HARD, right since the batch-4 rules
    (
        'Cientos de personas se concentraron ante el Ayuntamiento de Málaga para pedir viviendas asequibles.\n\n"Trabajo 40 horas y no puedo pagar un piso", contó Laura Moreno, camarera de 29 años.\n\nEl alcalde, Francisco de la Torre, prometió 2.000 viviendas protegidas: "Es nuestra prioridad".',
        [("Trabajo 40 horas", "Laura Moreno"), ("Es nuestra prioridad", "Francisco de la Torre")],
    ),
    # batch 4d, written before its rules (26/36 speakers right then in 7 languages, 28/36 after)
    (
        "LIMA - El Gobierno peruano declaró el estado de emergencia en tres distritos de la capital.\n\n«La seguridad de los ciudadanos es nuestra prioridad», afirmó el primer ministro, Gustavo Adrianzén, en un mensaje televisado.\n\nLos transportistas anunciaron un nuevo paro. «Nos extorsionan todos los días y nadie hace nada», denunció Héctor Rojas, dirigente de los conductores de autobús.",
        [("La seguridad", "Gustavo Adrianzén"), ("Nos extorsionan", "Héctor Rojas")],
    ),
    (
        "En Sevilla, Manuel Jiménez lleva cuarenta años fabricando abanicos a mano.\n\n«Cada abanico tiene su alma», asegura este artesano de 65 años. «Por eso tardo una semana en hacer uno».\n\nSu hija, Rocío, aprendió el oficio de niña. «Quiero que esto no se pierda», explica.",
        [
            ("Cada abanico", "Manuel Jiménez"),
            ("Por eso tardo", "Manuel Jiménez"),
            ("Quiero que", "Rocío"),
        ],
    ),
    # batch 5, written before its rules (FR 24/32, ES 17/29, IT 22/30, PT 18/27 speakers right then; 29/32, 27/29, 29/30, 26/27 after)
    (
        'MADRID, 4 dic (EFE).- El Ayuntamiento de Alcalá de Henares aprobó este jueves una nueva ordenanza que restringe el tráfico en el casco histórico.\n\n"Queremos devolver las calles a los vecinos", aseguró la alcaldesa, Judith Piquet Olmedo, durante el pleno.\n\nLa oposición votó en contra. "Es una medida improvisada que va a hundir al comercio", criticó el portavoz socialista, Javier Rodríguez de la Fuente.\n\nSegún el concejal de Movilidad, Álvaro Mena, las obras comenzarán en marzo. "Habrá un periodo de adaptación de seis meses sin multas", puntualizó.\n\nLa edil insistió en que la decisión es firme: "No vamos a dar marcha atrás".',
        [
            ("Queremos devolver", "Judith Piquet Olmedo"),
            ("Es una medida", "Javier Rodríguez de la Fuente"),
            ("Habrá un periodo", "Álvaro Mena"),
            ("No vamos a dar", "Judith Piquet Olmedo"),
        ],
    ),
    (
        "SEVILLA.- La Audiencia Provincial de Sevilla ha condenado a cuatro años de prisión a un exdirectivo de una empresa de suministros por estafar 1,2 millones a la Junta.\n\nEl acusado, Manuel Ortega Ruiz, negó los hechos durante el juicio. «Yo solo firmaba lo que me pasaban», declaró ante el tribunal.\n\nLa fiscal del caso, Rocío Carmona, sostuvo en su informe que el exdirectivo conocía el fraude. «Las pruebas documentales son abrumadoras», afirmó.\n\nSu abogado ha anunciado que recurrirá al Tribunal Supremo. «La sentencia no valora las pruebas de la defensa», ha declarado a EFE el letrado, Ignacio Bermejo.",
        [
            ("Yo solo firmaba", "Manuel Ortega Ruiz"),
            ("Las pruebas documentales", "Rocío Carmona"),
            ("La sentencia no valora", "Ignacio Bermejo"),
        ],
    ),
    (
        'ECONOMÍA.- La cadena de supermercados Frescosur abrirá 40 nuevas tiendas en 2027 y creará unos 900 empleos, según anunció este martes su consejero delegado, Enrique Salvatierra.\n\n"Estamos en el mejor momento de nuestra historia", afirmó Salvatierra en la presentación de resultados. "La facturación ha crecido un 12 %".\n\nLos sindicatos reciben la noticia con cautela. Para Marta Ibáñez, secretaria general de CCOO en Andalucía, "el empleo tiene que ser de calidad y no solo de temporada".\n\nSegún la analista de Bankinter Lucía Ferrer, "la compañía ha sabido ganar cuota frente a las grandes cadenas".',
        [
            ("Estamos en el mejor", "Enrique Salvatierra"),
            ("La facturación", "Enrique Salvatierra"),
            ("el empleo tiene", "Marta Ibáñez"),
            ("la compañía ha sabido", "Lucía Ferrer"),
        ],
    ),
    (
        'CULTURA.- El escritor gallego Xosé Manuel Castiñeira ha ganado el Premio Nacional de Narrativa con su novela sobre una familia de pescadores.\n\n"No me lo esperaba en absoluto, estaba haciendo la compra cuando me llamaron", ha confesado el autor, de 58 años, en declaraciones a Europa Press.\n\nLa presidenta del jurado, la catedrática Elena Quiroga de Abarca, explicó: "Es una novela que habla de la memoria sin caer en la nostalgia".\n\nCastiñeira, que escribe en gallego, reivindicó su lengua. "Escribir en gallego no es una limitación, es una elección", subrayó.\n\nSu editora, Paula Nogueira, recordó que la primera edición se agotó en dos semanas: "Los lectores llegaron antes que los premios".',
        [
            ("No me lo esperaba", "Xosé Manuel Castiñeira"),
            ("Es una novela", "Elena Quiroga de Abarca"),
            ("Escribir en gallego", "Xosé Manuel Castiñeira"),
            ("Los lectores", "Paula Nogueira"),
        ],
    ),
    (
        'SUCESOS.- La Policía Nacional ha detenido en Valencia a tres personas acusadas de robar en más de treinta viviendas del barrio de Campanar.\n\nSegún fuentes policiales, los detenidos vigilaban las casas durante días antes de entrar. "Actuaban con mucha planificación y elegían viviendas de personas mayores", ha explicado el inspector jefe Raúl Escrivá.\n\nUna de las víctimas, Amparo Soler, de 81 años, relata que le robaron las joyas de su madre. "Lo que más me duele no es el dinero, son los recuerdos", lamenta.\n\nEl inspector ha pedido a los vecinos que denuncien cualquier movimiento extraño: "La colaboración ciudadana es fundamental".',
        [
            ("Actuaban con mucha", "Raúl Escrivá"),
            ("Lo que más me duele", "Amparo Soler"),
            ("La colaboración", "Raúl Escrivá"),
        ],
    ),
    (
        'BUENOS AIRES, 3 dic (EFE).- La tenista argentina Camila Etcheverry anunció este miércoles su retirada del circuito profesional a los 31 años.\n\n"Mi cuerpo ya no aguanta el ritmo de la gira", ha declarado a EFE la jugadora, que llegó a ser número 18 del mundo.\n\nSu entrenador durante una década, Horacio Benítez, la recuerda como una luchadora. "Nunca vi a nadie trabajar tanto", aseguró.\n\nPreguntada por su futuro, Etcheverry dejó la puerta abierta a seguir vinculada al deporte: "Me gustaría ayudar a las chicas jóvenes que empiezan".',
        [
            ("Mi cuerpo ya no", "Camila Etcheverry"),
            ("Nunca vi a nadie", "Horacio Benítez"),
            ("Me gustaría ayudar", "Camila Etcheverry"),
        ],
    ),
    # batch 6, written before its rules (FR 16/19, ES 15/16, IT 15/18, PT 14/17 speakers right then, three unnamed role speakers counted as None; all 70 after)
    (
        "BARCELONA, 2 dic (EFE).- El Parlament aprobó este martes la ley de vivienda con los votos del Govern y sus socios.\n\n«Es una ley que pone a las personas por delante de la especulación», defendió la consellera de Territorio, Ester Capdevila Vidal, durante el debate.\n\nEl diputado de la oposición Jordi Miró replicó que la norma «espantará a los inversores». «Vamos a recurrir ante el Tribunal Constitucional», anunció.\n\nLa consellera no se mostró preocupada: «Estamos convencidos de que la ley es constitucional».",
        [
            ("Es una ley", "Ester Capdevila Vidal"),
            ("Vamos a recurrir", "Jordi Miró"),
            ("Estamos convencidos", "Ester Capdevila Vidal"),
        ],
    ),
    (
        'MÉXICO, 1 dic (EFE).- La bióloga mexicana Itzel Ramírez recibió este lunes el premio internacional de conservación marina por su trabajo con las tortugas del Pacífico.\n\n"Este premio es para las comunidades de pescadores que cuidan las playas cada noche", dijo Ramírez en la ceremonia.\n\nLa investigadora lleva quince años en la costa de Oaxaca. "Cuando empecé, apenas llegaban cien tortugas por temporada; ahora son más de dos mil", recordó.\n\nSegún el director del programa, Ernesto Blanco, el proyecto se ampliará a Guerrero el próximo año.',
        [("Este premio es para", "Itzel Ramírez"), ("Cuando empecé", "Itzel Ramírez")],
    ),
    (
        'BALONCESTO | El Unicaja cayó en la prórroga ante el Valencia Basket (98-101) en un partido vibrante.\n\n—No hemos sabido cerrar el partido cuando lo teníamos en la mano —lamentó el entrenador malagueño, Ibon Zabala.\n\nEl base Alberto Olmo fue el mejor de los suyos con 22 puntos. "Duele mucho perder así, pero el equipo ha dado la cara", dijo el jugador.\n\nEn el Valencia, el técnico Pedro Marín elogió la reacción de sus jugadores: "Nunca dejaron de creer".',
        [
            ("No hemos sabido", "Ibon Zabala"),
            ("Duele mucho", "Alberto Olmo"),
            ("Nunca dejaron", "Pedro Marín"),
        ],
    ),
    (
        "VIGO.- Los trabajadores del astillero Barreras iniciaron este lunes una huelga indefinida para reclamar el pago de tres nóminas atrasadas.\n\n«No nos queda otra salida», explicó el presidente del comité de empresa, Manuel Lago. «Llevamos tres meses sin cobrar y con hipotecas que pagar».\n\nLa alcaldesa de Vigo, Carmen Fontán, pidió a la dirección que «se siente a negociar de inmediato». La edil añadió: «El astillero es parte de la historia de esta ciudad».\n\nFuentes de la empresa aseguraron que el pago se hará efectivo «en los próximos días».",
        [
            ("No nos queda", "Manuel Lago"),
            ("Llevamos tres meses", "Manuel Lago"),
            ("El astillero es parte", "Carmen Fontán"),
        ],
    ),
    (
        'MADRID.- El cantautor Joaquín Sabater presenta este viernes en el WiZink Center el que, según él, será su último disco.\n\n"Ya no tengo la voz de antes y prefiero despedirme a tiempo", confesó el músico, de 74 años, en una entrevista con este periódico.\n\n"Me quedo con el cariño de la gente, que es lo único que importa", añadió.\n\nSu productor desde hace tres décadas, Luis Peña, asegura que el disco "es de lo mejor que ha hecho". "Lo grabamos en directo, sin trucos", precisó Peña.',
        [
            ("Ya no tengo", "Joaquín Sabater"),
            ("Me quedo con", "Joaquín Sabater"),
            ("Lo grabamos", "Luis Peña"),
        ],
    ),
    (
        'SANTIAGO DE CHILE, 30 nov (EFE).- Un sismo de magnitud 6,2 sacudió este domingo el norte de Chile sin causar daños graves, informó el Servicio Nacional de Prevención.\n\n"Fue un movimiento largo, todos salimos corriendo a la calle", relató a EFE Rosa Quispe, vecina de Antofagasta.\n\nEl director del servicio, Andrés Valenzuela, pidió calma a la población. "No hay alerta de tsunami", puntualizó en rueda de prensa.',
        [("Fue un movimiento largo", "Rosa Quispe"), ("No hay alerta", "Andrés Valenzuela")],
    ),
    # once in ARTICLES_HARD, right since the batch-5 and batch-6 rules
    (
        "FÚTBOL | El Real Betis remontó ante el Celta (2-1) en un partido que se le complicó en la primera parte.\n\n«Hemos sufrido, pero el equipo nunca ha dejado de creer», explicó el entrenador bético, Rafael Campos, en rueda de prensa.\n\nEl técnico elogió a sus jugadores: «Han tenido personalidad en los momentos difíciles».\n\nEl autor del gol decisivo, Dani Serrano, no ocultaba su alegría. «Es el gol más importante de mi carrera», dijo el canterano.\n\nEn el Celta, el técnico Óscar Ballesteros lamentó los errores defensivos. «Regalamos dos goles y así es imposible», señaló.",
        [
            ("Hemos sufrido", "Rafael Campos"),
            ("Han tenido personalidad", "Rafael Campos"),
            ("Es el gol", "Dani Serrano"),
            ("Regalamos dos goles", "Óscar Ballesteros"),
        ],
    ),
    (
        "CIENCIA.- Un equipo del CSIC ha descubierto en Atapuerca restos de un homínido de hace más de un millón de años.\n\n—Es un hallazgo excepcional que cambia lo que sabíamos de la llegada de los humanos a Europa —afirma la paleontóloga Carmen Llorente, codirectora de la excavación.\n\nSegún su colega Andrés Villaverde, los fósiles se encontraron en un nivel que se creía estéril. «Fue pura casualidad», reconoce el investigador. «Estábamos a punto de cerrar la campaña».\n\nLa científica añade que el análisis llevará al menos dos años: «No queremos precipitarnos».",
        [
            ("Es un hallazgo", "Carmen Llorente"),
            ("Fue pura casualidad", "Andrés Villaverde"),
            ("Estábamos a punto", "Andrés Villaverde"),
            ("No queremos", "Carmen Llorente"),
        ],
    ),
    # batch 7, written before its rules (FR 12/21, ES 12/15, IT 12/18, PT 14/16 speakers right then; all 70 after)
    (
        'ZARAGOZA.- El Ayuntamiento de Zaragoza cerrará al tráfico el puente de Piedra a partir del lunes para acometer su restauración.\n\n"Es una obra imprescindible para garantizar la seguridad del puente", ha explicado la consejera de Urbanismo, María Jesús de la Riva, en rueda de prensa.\n\nLos comerciantes del Casco Histórico temen perder clientes. "Ya lo pasamos muy mal con las obras del tranvía", recuerda Pilar Blanco, que regenta una tienda de ultramarinos desde hace treinta años.\n\nLa edil asegura que las obras durarán "como mucho" cinco meses. "Vamos a trabajar también por las noches", ha avanzado.',
        [
            ("Es una obra", "María Jesús de la Riva"),
            ("Ya lo pasamos", "Pilar Blanco"),
            ("Vamos a trabajar", "María Jesús de la Riva"),
        ],
    ),
    (
        "TRIBUNALES.- El juez de la Audiencia Nacional Ramiro Castañeda ha citado a declarar como investigado al expresidente de la constructora Obrasur, Fermín Arrieta.\n\nSegún el auto, al que ha tenido acceso EFE, Arrieta habría pagado comisiones de hasta el 3 % a cargos públicos de tres ayuntamientos.\n\n«Mi cliente está deseando declarar para aclarar todo», ha señalado su abogado, Jacobo Teijeiro.\n\nLa acusación popular, ejercida por una asociación de consumidores, pide más diligencias. «Esto es solo la punta del iceberg», ha afirmado su portavoz, Nuria Carrasco.",
        [("Mi cliente está", "Jacobo Teijeiro"), ("Esto es solo", "Nuria Carrasco")],
    ),
    (
        "TENIS.- La murciana Lucía Garrigós se ha clasificado para las semifinales del torneo de Roland Garros júnior tras vencer a la estadounidense Kayla Brooks por 6-3 y 7-5.\n\n«He jugado muy suelta, sin presión», ha explicado la tenista, de 17 años, tras el partido.\n\nSu entrenador, el exjugador Álex Corretja Soler, destacó su madurez: «Con esta edad, cuesta encontrar a alguien que lea así los partidos».\n\nLa joven se medirá el viernes a la checa Tereza Novák. «Será muy duro, pero estoy preparada», dijo.",
        [
            ("He jugado muy suelta", "Lucía Garrigós"),
            ("Con esta edad", "Álex Corretja Soler"),
            ("Será muy duro", "Lucía Garrigós"),
        ],
    ),
    (
        'BILBAO, 4 dic (EFE).- La plantilla de la acería de Basauri ha aceptado en referéndum el ERE temporal planteado por la dirección, que afectará a 320 trabajadores durante seis meses.\n\nEl portavoz del comité, Iñaki Goikoetxea, ha declarado a EFE que el acuerdo "no es bueno, pero es el menos malo". "Hemos salvado los empleos, que era lo importante", ha añadido.\n\nFuentes de la empresa han explicado que la caída de los pedidos del sector del automóvil obliga a reducir la producción.\n\nEl consejero vasco de Industria, Mikel Jauregi, ha celebrado el acuerdo: "El diálogo ha funcionado".',
        [("Hemos salvado", "Iñaki Goikoetxea"), ("El diálogo ha funcionado", "Mikel Jauregi")],
    ),
    (
        'CIENCIA.- Un estudio del Instituto de Ciencias del Mar de Barcelona alerta de que la temperatura del Mediterráneo ha batido este verano su récord histórico.\n\n"Hemos medido 30,7 grados en superficie frente a la costa de Tarragona", precisa la oceanógrafa Emma Castells, autora principal del trabajo.\n\nSegún Castells, el calentamiento amenaza a especies como la posidonia. "Si esto sigue así, en veinte años habrá desaparecido de buena parte del litoral", advierte.\n\nPara el biólogo Joan Vidal-Roig, que no ha participado en el estudio, "los datos confirman lo que los pescadores ya vienen notando".',
        [
            ("Hemos medido", "Emma Castells"),
            ("Si esto sigue así", "Emma Castells"),
            ("los datos confirman", "Joan Vidal-Roig"),
        ],
    ),
    (
        'SUCESOS.- Un hombre de 52 años ha muerto este domingo al caer desde un andamio en una obra de la calle Alcalá, en Madrid.\n\nSegún ha informado Emergencias Madrid, el trabajador cayó desde una altura de unos doce metros. "Cuando llegamos ya no se pudo hacer nada por su vida", ha lamentado un portavoz de Samur-Protección Civil.\n\nEl sindicato CCOO ha convocado una concentración el lunes. "Es el tercer accidente mortal en la construcción en lo que va de mes", ha denunciado su secretario de Salud Laboral, Roberto Alcaide.',
        [
            ("Cuando llegamos", "un portavoz de Samur-Protección Civil"),
            ("Es el tercer", "Roberto Alcaide"),
        ],
    ),
    # batch 8, written before its rules (FR 10/13, ES 8/10, IT 7/11, PT 8/9 speakers right then; 42/43 after)
    (
        'VALENCIA.- La Generalitat ha anunciado la contratación de 300 bomberos forestales para reforzar la campaña de incendios del próximo verano.\n\n"Es la mayor incorporación de la historia del servicio", ha subrayado la consellera de Justicia e Interior, Salomé Pradas Ten.\n\nLos sindicatos consideran insuficiente la cifra. Según el delegado de CGT Vicent Ferrer Sanchis, "harían falta al menos el doble para cubrir todo el territorio".\n\nLa consellera ha replicado que se trata de "un primer paso". "Seguiremos ampliando la plantilla cada año", ha asegurado.',
        [
            ("Es la mayor", "Salomé Pradas Ten"),
            ("harían falta", "Vicent Ferrer Sanchis"),
            ("Seguiremos ampliando", "Salomé Pradas Ten"),
        ],
    ),
    (
        'LIMA, 2 dic (EFE).- El Congreso de Perú aprobó este martes la destitución del ministro del Interior, Juan José Santiváñez Rojas, por su gestión de la crisis de seguridad.\n\n«Hemos actuado con responsabilidad ante el clamor ciudadano», declaró el presidente de la comisión, José Williams Zapata.\n\nEl exministro, en cambio, denunció una "persecución política". «Me voy con la conciencia tranquila», aseguró a EFE Santiváñez a la salida del Parlamento.',
        [("Hemos actuado", "José Williams Zapata"), ("Me voy con", "Juan José Santiváñez Rojas")],
    ),
    (
        'CICLISMO.- El colombiano Egan Arias se impuso este domingo en la Vuelta a Burgos tras una exhibición en la subida a las Lagunas de Neila.\n\n—Llevaba meses soñando con esta victoria —confesó el corredor en la línea de meta—. Es un premio al sacrificio.\n\nSu director, Pablo Lastras Gil, destacó la inteligencia del colombiano: "Supo esperar su momento".\n\n"Ahora toca descansar y pensar en la Vuelta", añadió el técnico madrileño.',
        [
            ("Llevaba meses", "Egan Arias"),
            ("Supo esperar", "Pablo Lastras Gil"),
            ("Ahora toca descansar", "Pablo Lastras Gil"),
        ],
    ),
    (
        'SALUD.- Los médicos de atención primaria de Madrid irán a la huelga el 15 de enero para reclamar más tiempo por paciente.\n\n"No podemos atender bien a un enfermo en cinco minutos", explicó Ángela Hernández Puente, secretaria general de la asociación de médicos Amyts.\n\nLa Consejería de Sanidad lamentó la convocatoria. Su titular, Fátima Matute Teresa, afirmó que la negociación "sigue abierta". "Tenemos la mano tendida", insistió la consejera.',
        [
            ("No podemos atender", "Ángela Hernández Puente"),
            ("Tenemos la mano tendida", "Fátima Matute Teresa"),
        ],
    ),
    # batch 9, written after the batch-5 to batch-8 rules and scored before any change for it (FR 9/9, ES 8/9, IT 7/10, PT 6/10 speakers right then; 36/38 after)
    (
        'PAMPLONA.- El Gobierno de Navarra ha presentado un plan para recuperar el vascuence en la zona no vascófona.\n\n"Queremos que ningún niño se quede sin la posibilidad de aprender euskera", ha señalado la consejera de Educación, Carmen Gil Aguirre.\n\nUPN ha rechazado la propuesta. Su portavoz parlamentario, Javier Esparza Ibarra, considera que el plan "impone una lengua". "Respetamos el euskera, pero no a cualquier precio", ha puntualizado.\n\nLa consejera ha replicado que la matrícula será "siempre voluntaria".',
        [
            ("Queremos que ningún", "Carmen Gil Aguirre"),
            ("Respetamos el euskera", "Javier Esparza Ibarra"),
        ],
    ),
    (
        "FÚTBOL.- El Atlético de Madrid goleó 4-0 al Getafe en el Metropolitano.\n\n«Hoy hemos sido un equipo», resumió el Cholo Simeone Ruiz, técnico rojiblanco, en rueda de prensa.\n\nEl delantero Julián Álvarez Pérez, autor de dos goles, se mostró feliz: «Me siento muy cómodo en este equipo».\n\nEn el Getafe, su entrenador, José Bordalás Jiménez, no quiso buscar excusas. «Nos han pasado por encima», reconoció el alicantino.",
        [
            ("Hoy hemos sido", "Cholo Simeone Ruiz"),
            ("Me siento muy", "Julián Álvarez Pérez"),
            ("Nos han pasado", "José Bordalás Jiménez"),
        ],
    ),
    (
        'QUITO, 1 dic (EFE).- Las lluvias torrenciales han dejado al menos doce muertos en la provincia ecuatoriana de Esmeraldas, según la Secretaría de Gestión de Riesgos.\n\n"Perdimos la casa, los animales, todo", ha contado a EFE Marlene Quiñónez, vecina de la localidad de Muisne. "Solo nos queda la ropa que llevamos puesta".\n\nEl alcalde de Muisne, Freddy Caicedo Bone, ha pedido ayuda urgente al Gobierno central.',
        [("Perdimos la casa", "Marlene Quiñónez"), ("Solo nos queda", "Marlene Quiñónez")],
    ),
    (
        'CULTURA.- El Museo del Prado expone por primera vez un cuadro de Goya que permanecía en una colección privada desde el siglo XIX.\n\n"Es una obra maestra absoluta, de la etapa más madura del pintor", aseguró el director de la pinacoteca, Miguel Falomir Faus, durante la presentación.\n\nLa conservadora Gudrun Maurer Ortiz explicó que la restauración ha durado dos años. "Debajo de los barnices oscurecidos apareció un cielo azul intenso", detalló la especialista.',
        [
            ("Es una obra maestra", "Miguel Falomir Faus"),
            ("Debajo de los barnices", "Gudrun Maurer Ortiz"),
        ],
    ),
    # batch 10, written after all the rules above and scored before any change for it (FR 6/8, ES 7/7, IT 7/7, PT 5/6 speakers right then; all 28 after)
    (
        'SEVILLA.- La Junta de Andalucía ha aprobado el decreto que regula los pisos turísticos en los centros históricos.\n\n"Queremos un turismo compatible con la vida de los vecinos", ha explicado el consejero de Turismo, Arturo Bernal Lozano.\n\nLos propietarios han anunciado recursos. Según su portavoz, Carmen Ruiz Molina, la norma "vulnera el derecho a la propiedad".\n\n"Vamos a llegar hasta el Supremo si hace falta", aseguró.',
        [("Queremos un turismo", "Arturo Bernal Lozano"), ("Vamos a llegar", "Carmen Ruiz Molina")],
    ),
    (
        'MADRID, 3 dic (EFE).- El escritor peruano Mario Quispe Huamán ha recibido este martes el Premio Internacional de Novela en Madrid.\n\n"Escribo para que no se olviden las historias de los Andes", ha declarado a EFE el novelista, de 61 años.\n\nEl presidente del jurado, Fernando Aramburu Ibáñez, destacó "la valentía" del libro. "Es una novela necesaria", subrayó.',
        [
            ("Escribo para que", "Mario Quispe Huamán"),
            ("Es una novela necesaria", "Fernando Aramburu Ibáñez"),
        ],
    ),
    (
        "BALONMANO.- La selección española femenina cayó en la semifinal del Europeo ante Noruega (29-25).\n\n«Hemos competido, pero ellas tienen otro nivel físico», lamentó el seleccionador, Ambros Martín, tras el partido.\n\nLa capitana, Alicia Fernández Rubio, no ocultaba su tristeza: «Nos vamos con mal sabor de boca».\n\n«Ahora hay que levantarse para pelear por el bronce», añadió la lateral.",
        [
            ("Hemos competido", "Ambros Martín"),
            ("Nos vamos con", "Alicia Fernández Rubio"),
            ("Ahora hay que", "Alicia Fernández Rubio"),
        ],
    ),
    # batch 11, written after all the rules above and scored before any change for it (FR 7/7, ES 3/4, IT 3/4, PT 3/4 speakers right then; 18/19 after)
    (
        "OVIEDO.- El Principado ha adjudicado las obras del nuevo hospital de Cangas del Narcea por 48 millones de euros.\n\n«Es una deuda histórica con el suroccidente asturiano», afirmó la consejera de Salud, Concepción Saavedra Ruiz.\n\nEl alcalde de Cangas, José Víctor Rodríguez Lago, celebró la noticia: «Llevamos veinte años esperando este día».\n\nEl regidor recordó, no obstante, que faltan médicos. «Un hospital sin profesionales es solo un edificio», advirtió.",
        [
            ("Es una deuda", "Concepción Saavedra Ruiz"),
            ("Llevamos veinte años", "José Víctor Rodríguez Lago"),
            ("Un hospital sin", "José Víctor Rodríguez Lago"),
        ],
    ),
    (
        'MONTEVIDEO, 2 dic (EFE).- El expresidente uruguayo Julio María Sanguinetti Coirolo presentó este lunes sus memorias.\n\n"No escribí para ajustar cuentas, sino para explicar", dijo el exmandatario, de 89 años, ante un auditorio lleno.\n\nEl historiador Gerardo Caetano Bonilla, encargado de la presentación, lo definió como "un testigo imprescindible del siglo XX uruguayo".',
        [("No escribí para", "Julio María Sanguinetti Coirolo")],
    ),
    # batch 12, written after all the rules above and scored before any change for it (FR 4/4, ES 4/4, IT 6/7, PT 6/7 speakers right then; all 22 after)
    (
        'MURCIA.- La sequía obliga a cerrar los regadíos de la cuenca del Segura durante dos meses.\n\n"Es la peor situación en cuarenta años", ha advertido el presidente de la Confederación Hidrográfica, Mario Urrea Mallebrera.\n\nLos agricultores temen pérdidas millonarias. "Sin agua no hay cosecha, y sin cosecha no hay empleo", resume Lucas Jiménez Vidal, presidente del sindicato de regantes.',
        [
            ("Es la peor situación", "Mario Urrea Mallebrera"),
            ("Sin agua no hay", "Lucas Jiménez Vidal"),
        ],
    ),
    (
        "TEATRO.- La actriz Nuria Espert Romero, de 90 años, vuelve a los escenarios con un monólogo sobre la memoria.\n\n«Mientras me sostengan las piernas, seguiré subiendo al escenario», dijo la intérprete en la presentación.\n\nEl director del montaje, Lluís Pasqual Sánchez, confesó que fue ella quien eligió el texto: «Nuria sabe exactamente lo que quiere».",
        [
            ("Mientras me sostengan", "Nuria Espert Romero"),
            ("Nuria sabe exactamente", "Lluís Pasqual Sánchez"),
        ],
    ),
    # sp-esfr: a speech verb and an adjunct on a preposition, then the subject or none; a
    # role over an institution and its acronym in brackets; a saint's name is no person
    (
        "El Ayuntamiento de Villaseca cerró ayer el puente viejo por grietas en uno de sus pilares.\n\nEl concejal de Obras, Anselmo Quirós Beltrán, visitó la zona por la mañana. «No vamos a correr ningún riesgo con la seguridad de los vecinos», declaró a las puertas del Consistorio.\n\n«La reparación durará al menos tres meses», explicó en una rueda de prensa posterior la ingeniera municipal, Nerea Olabarri Sáez.\n\n«Hemos revisado los otros dos puentes y están en buen estado», añadió entre risas nerviosas.",
        [
            ("No vamos a correr", "Anselmo Quirós Beltrán"),
            ("La reparación durará", "Nerea Olabarri Sáez"),
            ("Hemos revisado", "Nerea Olabarri Sáez"),
        ],
    ),
    (
        "La sequía obliga a cortar el agua por las noches en tres comarcas del interior.\n\n«Los embalses están al doce por ciento y no podemos esperar más», advirtió el director técnico de la Agencia Regional del Agua (ARA), Wenceslao Ibarra Nieto.\n\nEn la cooperativa San Cipriano de Lugones, los regantes se reunieron por la tarde. «Este año perderemos media cosecha», lamentó su presidenta, Rosalba Fuentes.",
        [
            ("Los embalses", "Wenceslao Ibarra Nieto"),
            ("Este año", "Rosalba Fuentes"),
        ],
    ),
    # sp-esfr: a Romance common noun for an organisation stands for the one named before
    (
        "Venta del balneario de Fuentelapeña\n\nMADRID.- La cadena hotelera Costamar Resorts comprará el antiguo balneario de Fuentelapeña por 12 millones de euros.\n\nLa empresa confirmó el acuerdo en un comunicado y aseguró que «se mantendrán todos los puestos de trabajo durante al menos cinco años».",
        [("se mantendrán", "Costamar Resorts")],
    ),
    # sp-esfr: a long role before the name in commas; the first of two surnames alone
    (
        "Hallazgo arqueológico en el valle de Moche\n\nTRUJILLO.- Un equipo de arqueólogos halló un taller de orfebrería de hace 1.500 años bajo un campo de maíz, informó el Ministerio de Cultura.\n\nLa directora del proyecto, Maricruz Tantaleán Rebaza, explicó que el taller tenía cuatro hornos. «Es el primer taller completo de este periodo», dijo.\n\nTantaleán añadió que el equipo encontró herramientas de cobre en el piso de barro. «Aquí trabajaban familias enteras», señaló.\n\nEl presidente de la comisión de regantes del distrito de Laredo, Eleuterio Chávez, advirtió que la obra del canal sufrirá retrasos. «Estamos orgullosos, pero el agua no puede esperar», afirmó.",
        [
            ("Es el primer", "Maricruz Tantaleán Rebaza"),
            ("Aquí trabajaban", "Maricruz Tantaleán Rebaza"),
            ("Estamos orgullosos", "Eleuterio Chávez"),
        ],
    ),
    # sp-esfr: a role noun beside a name no first-name list holds shows its gender
    (
        "Incendio en un edificio de viviendas de Temuco\n\nTEMUCO.- Un incendio destruyó anoche tres departamentos de un edificio del centro de la ciudad, sin dejar heridos.\n\nSu vecina, Xiomelis Antiñir, salió con sus dos hijos por la escalera de emergencia. Un bombero, Andrés Quilapán, la ayudó a bajar. «Pensé que no íbamos a salir», contó la mujer.\n\nLa arquitecta municipal Marta Gil revisó el edificio por la mañana. «La estructura no está dañada», explicó.\n\nWiremu Catrileo, presidenta de la junta de vecinos, pidió revisar las instalaciones eléctricas. «Hace años que avisamos del peligro», dijo la dirigenta.",
        [
            ("Pensé que no", "Xiomelis Antiñir"),
            ("La estructura", "Marta Gil"),
            ("Hace años que", "Wiremu Catrileo"),
        ],
    ),
    # sp-esfr: a subject pronoun opening the sentence before a subjectless verb; a clause
    # naming no one before a colon goes on with the subject of the sentence before
    (
        "Juicio por estafa en una inmobiliaria de Alicante\n\nALICANTE.- La Audiencia Provincial juzga desde ayer a dos exdirectivos de una inmobiliaria por vender pisos que nunca se construyeron.\n\nLa fiscal, Begoña Llorente Pastor, pide seis años para cada uno. Tras la primera sesión, se mostró confiada: «Las pruebas documentales son muy claras».\n\nEntre los afectados estaba Consuelo Ibarra, que perdió sus ahorros, junto a su marido, Ramón. Ella sí habló con los periodistas. «Pagamos la entrada en 2019 y nunca vimos ni un ladrillo», dijo.",
        [
            ("Las pruebas documentales", "Begoña Llorente Pastor"),
            ("Pagamos la entrada", "Consuelo Ibarra"),
        ],
    ),
    # sp-esfr: a role noun with an aside in commas naming one person stands for that person
    (
        "Juicio por fraude fiscal en Cartagena\n\nCARTAGENA.- Un juez de Cartagena juzga desde el lunes al exgerente de una naviera por evadir impuestos durante seis años.\n\nLa fiscal del caso, Dolores Arango Peña, pidió doce años de prisión. «El acusado sabía perfectamente lo que firmaba», aseguró.\n\nLa defensa, a cargo del abogado Tobías Mejía Salcedo, pidió la absolución. «Mi cliente firmaba lo que le preparaba el departamento contable», argumentó.",
        [
            ("El acusado sabía", "Dolores Arango Peña"),
            ("Mi cliente firmaba", "Tobías Mejía Salcedo"),
        ],
    ),
    # a gerund or a manner phrase after the verb: no subject ("», contó sonriendo"), or the end
    # of the speaker's phrase ("dijo Ruiz mirando al jurado", "dijo la jueza con una sonrisa")
    (
        "Absuelto el exalcalde de Villaseca\n\nLa Audiencia Provincial absolvió ayer al exalcalde de Villaseca, Anselmo Ribera Gallego, acusado de prevaricación por la adjudicación de un contrato de limpieza.\n\n«Siempre supe que esto acabaría así», dijo Ribera mirando a su familia. «Han sido cuatro años muy duros».\n\nLa fiscal del caso, Inmaculada Sorolla Vidal, anunció que estudiará un recurso. «Respetamos la sentencia, pero no la compartimos», explicó por teléfono.\n\nLa magistrada Begoña Tejedor leyó el fallo en apenas diez minutos. «Los hechos no han quedado probados», dijo la magistrada con una sonrisa cansada.",
        [
            ("Siempre supe", "Anselmo Ribera Gallego"),
            ("Han sido cuatro", "Anselmo Ribera Gallego"),
            ("Respetamos la sentencia", "Inmaculada Sorolla Vidal"),
            ("Los hechos no", "Begoña Tejedor"),
        ],
    ),
    # a phrase of two words or more in marks inside the speech a verb reports, the sentence
    # going on after it: a quotation of its subject
    (
        "Cierre de la planta de Valdelobos\n\nLa consejera de Industria, Remedios Alcántara Vidal, reconoció ayer que la situación de la planta es «muy delicada» y que el Gobierno regional buscará un comprador antes del verano.\n\nEl comité de empresa convocó una concentración para el lunes.",
        [("muy delicada", "Remedios Alcántara Vidal")],
    ),
    # a courtesy title before a name is no part of it: "Doña X Y" is "X Y"
    (
        "Riada en Valdelobos\n\nLos vecinos confirman el relato de los bomberos. Doña Leocadia Urrutia Beltrán, de 74 años, contó que la despertó el ruido del agua contra la puerta. «Subí al desván con el perro y esperé hasta la mañana», relató.\n\nEl Ayuntamiento habilitó el polideportivo para las familias desalojadas durante la noche.",
        [("Subí al desván", "Leocadia Urrutia Beltrán")],
    ),
    # "se limitó a decir" has no subject (the person before goes on); "En palabras de X, …"
    # cites X as "según X" does
    (
        "Reforma del puerto de Valdemora\n\nEl presidente de la Autoridad Portuaria, Gerardo Sanchís Molina, defendió ayer el proyecto ante los vecinos del barrio. En palabras del propio Sanchís, la ampliación «no tocará ni un metro de playa».\n\nEl alcalde, Vicente Ferrándiz Oltra, prefirió no pronunciarse sobre el proyecto. «Hay que escuchar a todos», se limitó a decir al salir del pleno.",
        [
            ("no tocará", "Gerardo Sanchís Molina"),
            ("Hay que escuchar", "Vicente Ferrándiz Oltra"),
        ],
    ),
    # a document a body speaks through ("señala el texto") is no person named before it
    (
        "Sanidad abre un expediente a la clínica Valdesol\n\nLa consejera de Sanidad, Purificación Lozano Armas, anunció este martes la apertura de un expediente sancionador contra la clínica. «No vamos a tolerar que se juegue con la salud de los pacientes», afirmó Lozano en rueda de prensa.\n\nLa dirección de la clínica rechazó las acusaciones en un comunicado. «Cumplimos con todos los protocolos», señala el texto.",
        [
            ("No vamos a tolerar", "Purificación Lozano Armas"),
            ("Cumplimos con todos", None),
        ],
    ),
    # "Como explicó X, «…»" (as X said) and "A juicio de X, «…»" (in X's view)
    (
        "El nuevo hospital de Valdemora\n\nEl alcalde de Valdemora, Octavio Bramón, inauguró ayer el nuevo hospital comarcal. Como explicó Bramón durante la inauguración, «las obras terminaron con seis meses de adelanto».\n\nA juicio del director médico, Leonidas Capriles, «las urgencias estarán operativas desde el lunes».",
        [
            ("las obras terminaron", "Octavio Bramón"),
            ("las urgencias estarán", "Leonidas Capriles"),
        ],
    ),
    # "refirió a este medio X": a speech verb of Latin American copy, and the paper told
    # ("a este medio", "a nuestro diario") before the speaker
    (
        'Crisis del agua en San Bernabé\n\nLa falta de lluvias mantiene en alerta a los productores de San Bernabé. "Nunca habíamos visto algo así", refirió a este medio Hilario Quintana, productor de papa desde hace treinta años.\n\nEl Ministerio de Agricultura informó que enviará camiones cisterna a la zona antes del viernes.',
        [("Nunca habíamos visto", "Hilario Quintana")],
    ),
    # a fronted participle and the relative clause in it ("Consultada sobre …, que …,") are
    # no speaker: the subject after them is
    (
        "El Valdemora salva la categoría\n\nEl Deportivo Valdemora se salvó del descenso en la última jornada tras ganar 2-1 al Atlético Sierra. Consultada sobre su continuidad, que la directiva había puesto en duda la semana pasada, la entrenadora Casilda Urquiza Moral fue tajante: «Yo no trabajo para salvar mi puesto, trabajo para el club».\n\nLa afición celebró la permanencia en la plaza Mayor hasta la madrugada.",
        [("Yo no trabajo", "Casilda Urquiza Moral")],
    ),
    # dialogue dashes with an object pronoun before the verb ("—le dijo una vecina"); a
    # feminine epithet is no man named before (kept as written), and "San Blas" is a place
    (
        "Vecinos de Valdemora\n\nEl alcalde, Ramiro Echenique Soto, visitó ayer el barrio de San Blas para escuchar a los vecinos afectados por las obras del metro.\n\n—Llevamos dos años sin poder abrir la tienda —le dijo una comerciante.\n\n—Vamos a buscar una solución esta misma semana —respondió Echenique.\n\n—¿Y quién nos paga lo que hemos perdido? —insistió la mujer.\n\nEl alcalde prometió una línea de ayudas para los comercios afectados antes del verano.",
        [
            ("Llevamos dos años", "una comerciante"),
            ("Vamos a buscar", "Ramiro Echenique Soto"),
            ("¿Y quién nos paga", "la mujer"),
        ],
    ),
    # "Así lo explicó X: «…»": an object pronoun before the verb, its subject after it
    (
        "Colegios cerrados por la nieve en Valdemora\n\nLos colegios de toda la comarca permanecerán cerrados mañana por la nevada caída durante la noche. Así lo explicó el delegado del Gobierno, Segismundo Arrieta, en una nota difundida por la tarde: «El plan de nevadas funciona, pero hace falta prudencia».",
        [("El plan de nevadas", "Segismundo Arrieta")],
    ),
    # "X Y, según el cual …«…»": the person "according to whom" is about
    (
        "El caso de los comedores escolares\n\nEl Ayuntamiento adjudicó el servicio a una nueva empresa. No opina lo mismo el concejal de la oposición Fermín Landaluce Ortiz, según el cual el concurso fue «hecho deprisa y mal» y debería repetirse antes del verano.",
        [("hecho deprisa", "Fermín Landaluce Ortiz")],
    ),
    # an object pronoun between the subject and the verb; "el consistorio" for the town hall
    (
        "El Ayuntamiento de Valdehoz aprobó el plan. El alcalde, Pedro Gil, lo defendió ayer. El consistorio asegura que “no habrá subidas de impuestos”.\n\nLa ministra Ana Ruiz lo calificó de “un ejemplo de trabajo conjunto”.",
        [("no habrá", "Ayuntamiento de Valdehoz"), ("un ejemplo", "Ana Ruiz")],
    ),
    # impersonal "one reads in a statement of X": the body, not the person named before
    (
        "El alcalde Pedro Gil habló ayer con los vecinos. «Quédense en casa y no se acerquen a los ríos por ningún motivo», se lee en un comunicado de la Consejería de Sanidad.",
        [("Quédense en casa", "Consejería de Sanidad")],
    ),
    # a role noun for someone introduced with another: "el estratega" for the coach
    (
        "El Halcones ganó. El entrenador Arturo Gil cambió el equipo. Mandó a la cancha al juvenil Santiago Ruiz. “Le dije a Santi que encarara sin miedo”, contó el estratega.",
        [("Le dije", "Arturo Gil")],
    ),
    # an adverb opening the sentence before a subjectless verb is never the speaker: "Según
    # explicó," goes on with the person the sentence before names (lone.py, esit13)
    (
        "Fue la interventora, Elena Marín, quien tomó la palabra. Según explicó, su informe no habla de irregularidad sino de «una recomendación de prudencia» sobre el contrato.",
        [("una recomendación", "Elena Marín")],
    ),
    # "la entidad" for the public body named before by its head noun, not the person before
    (
        "En la sala, Rosa Pérez, de 27 años, esperaba. “Le dio fiebre el jueves”, contó.\n\nEl Centro Regional de Control Sanitario, por su parte, indicó que habrá un equipo. La entidad recordó que la región atraviesa “el ciclo de mayor transmisión de la década”.",
        [("Le dio fiebre", "Rosa Pérez"), ("el ciclo", "Centro Regional de Control Sanitario")],
    ),
    # a headline's first name and surname, then the body's two surnames: the fuller name
    (
        "Lucía Marín estrena en el Teatro Real su obra más personal\n\nLa dramaturga Lucía Marín Soto, de 46 años, estrenó anoche en el teatro de la ciudad su nueva obra, un drama familiar que cuenta la historia de tres hermanas que se reencuentran para vender la casa de su madre.\n\nMarín reconoce que ha tardado una década en escribirla y que no sabía si la iba a terminar. «La empecé tres veces y la abandoné otras tantas», dijo.",
        [("La empecé", "Lucía Marín Soto")],
    ),
    # an amount of time and "before" after the verb is no subject: the speaker goes on
    (
        "La dramaturga Lucía Marín Soto, de 46 años, estrenó anoche en el teatro de la ciudad su nueva obra, un drama familiar que cuenta la historia de tres hermanas. «Mi abuela guardaba las facturas en una caja de zapatos», explicó horas antes del estreno, en un encuentro con periodistas.",
        [("Mi abuela", "Lucía Marín Soto")],
    ),
    # a relative clause before the quotation: the name "que" is about, not the object after "al"
    (
        "El barrio se organizó solo durante los meses de invierno, cuando el ayuntamiento cerró la biblioteca y los vecinos no tenían dónde reunirse. Lo sabe bien la Asociación Vecinal del Centro, que en una carta enviada al Ayuntamiento se declara «dispuesta a colaborar, pero no a sustituir a los funcionarios».",
        [("dispuesta", "Asociación Vecinal del Centro")],
    ),
    # "según" a document of a body: the body, by the whole name given before
    (
        "Dos hombres fueron detenidos, según ha informado este miércoles la Subdelegación del Gobierno. Los arrestados fueron sorprendidos de madrugada por una patrulla cuando cargaban las bobinas en una furgoneta sin distintivos. Según la nota difundida por la Subdelegación, ambos «trataron de huir campo a través» y uno de ellos resultó herido leve.",
        [("trataron de huir", "Subdelegación del Gobierno")],
    ),
    # an adverb alone after the verb ("dijo ya en los pasillos") is no subject: the speaker goes on
    (
        "La alcaldesa de Villanueva, Pilar Soto Ruiz, defendió el contrato durante el pleno municipal de ayer por la tarde ante los vecinos del barrio. La alcaldesa, por su parte, restó importancia a las amenazas de la oposición. «Que vayan donde quieran; yo dormiré tranquila», dijo ya en los pasillos.",
        [("Que vayan", "Pilar Soto Ruiz")],
    ),
    # two given names, the first one missing from the general lists
    (
        "Cada mañana, Nilda Teresa Olmedo abre la biblioteca del pueblo.\n\n«Aquí vienen los chicos a hacer la tarea», cuenta la mujer.",
        [("Aquí vienen", "Nilda Teresa Olmedo")],
    ),
]
# articles whose speakers the rules do not all get yet; counted in the share only
ARTICLES_HARD: list[Case] = [
    (
        'El meteorólogo Andrés Campos alertó de una ola de calor.\n\n"Las temperaturas superarán los 44 grados en el sur", indicó el experto de la Agencia Estatal de Meteorología.\n\n"Hay que evitar salir a la calle en las horas centrales", añadió Campos.',
        [("Las temperaturas", "Andrés Campos"), ("Hay que evitar", "Andrés Campos")],
    ),
    (
        'El Ayuntamiento de Bilbao instalará 50 nuevos puntos de recarga para coches eléctricos.\n\n"Queremos facilitar la transición", explicó el concejal de Movilidad, Álvaro Pérez, durante la presentación.\n\nSin embargo, para el presidente de la asociación de taxistas, Koldo Etxeberria, "es insuficiente".',
        [("Queremos facilitar", "Álvaro Pérez"), ("es insuficiente", "Koldo Etxeberria")],
    ),
    (
        'Carlos Alcaraz ganó su segundo Wimbledon.\n\n"Es un sueño hecho realidad", dijo el murciano, de 21 años, tras vencer a Novak Djokovic.\n\nEl serbio reconoció la superioridad de su rival: "Carlos ha sido mejor hoy".',
        [("Es un sueño", "Carlos Alcaraz"), ("Carlos ha sido", "Novak Djokovic")],
    ),
    # batch 4c, written before its rules (38/52 speakers right then in 7 languages, 42/52 after)
    (
        "SANTIAGO DE CHILE - Los incendios forestales en la región de Valparaíso han arrasado más de 8.000 hectáreas.\n\n«Lo perdí todo en media hora», relata Jorge Muñoz frente a lo que queda de su casa en Viña del Mar. «Solo pude sacar a mis hijos».\n\nEl presidente Gabriel Boric visitó la zona el domingo. «No los vamos a dejar solos», prometió a los vecinos.",
        [
            ("Lo perdí todo", "Jorge Muñoz"),
            ("Solo pude", "Jorge Muñoz"),
            ("No los vamos", "Gabriel Boric"),
        ],
    ),
    # batch 5, written before its rules (FR 24/32, ES 17/29, IT 22/30, PT 18/27 speakers right then; 29/32, 27/29, 29/30, 26/27 after)
]


@pytest.mark.parametrize("case", ARTICLES, ids=lambda c: c[0][:30])
def test_article_speakers_exact(case: Case) -> None:
    got = outcomes([case])
    assert all(exp == found for _, exp, found in got), got


def test_article_share_right() -> None:
    assert share_right(ARTICLES + ARTICLES_HARD) >= 0.75, outcomes(ARTICLES_HARD)


def test_a_surname_resolved_through_its_sentence_takes_the_body_full_name() -> None:
    # the headline's "Pedro Salcedo", the body's "Pedro Salcedo Arjona": a quotation whose
    # speaker is reached through "Salcedo, …" and a dropped subject takes the body's full name
    text = (
        "Una moción de censura desaloja a Pedro Salcedo en Villalba del Monte\n\n"
        "Una moción de censura apoyada por tres de los cuatro grupos municipales desalojó este "
        "martes de la alcaldía de Villalba del Monte a Pedro Salcedo Arjona, que gobernaba el "
        "municipio desde 2011.\n\n"
        "Salcedo, visiblemente molesto, abandonó el pleno sin atender a los periodistas. Antes, "
        "en su turno de palabra, había calificado la moción de «traición a los vecinos». «Me "
        "voy con la cabeza alta y las cuentas claras», aseguró.\n\n"
        "La nueva alcaldesa tomará posesión la próxima semana tras la renuncia del teniente de "
        "alcalde."
    )
    got = outcomes([(text, [("traición a los", None), ("Me voy con", None)])])
    assert [found for _, _, found in got] == ["Pedro Salcedo Arjona"] * 2, got
