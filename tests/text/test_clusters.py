"""Grouping short documents by subject: vectors, average-linkage clusters, central members."""

import math

from bot.text.clusters import closeness, clusters, vectors


def doc(title: str, body: str = "") -> tuple[str, tuple[tuple[str, float], ...]]:
    return ("english", ((title, 2.0), (body, 1.0)))


DOCS = [
    doc("Volcano erupts on the island", "Lava from the volcano reached the coast road."),
    doc("Ferries return to the volcano island", "Ferries sail to the island as the volcano calms."),
    doc("Lava flow slows near villages", "The volcano's lava flow slowed near two villages."),
    doc("Orchestra opens its season", "The orchestra played a new symphony on opening night."),
    doc("Symphony premiere sells out", "Tickets for the orchestra's symphony premiere sold out."),
    doc("Knitting club meets on Fridays", "Bring wool and needles."),
]


def test_vectors_keep_only_shared_terms_as_cosines():
    found, df = vectors(DOCS)
    assert df["volcano"] == 3 and df["orchestra"] == 2
    assert "knit" not in found[5] and found[5] == {}  # nothing in it is shared with another
    for vector in found:
        assert math.sqrt(sum(w * w for w in vector.values())) <= 1.0 + 1e-9
    assert all(w > 0 for vector in found for w in vector.values())


def test_similar_documents_group_and_each_is_in_one_group():
    groups = clusters(vectors(DOCS)[0])
    assert sorted(groups) == [[0, 1, 2], [3, 4], [5]]


def test_the_threshold_decides_how_far_groups_merge():
    found = vectors(DOCS)[0]
    assert sorted(clusters(found, threshold=1.01)) == [[i] for i in range(6)]
    assert sorted(clusters(found, threshold=0.0)) == [[0, 1, 2, 3, 4, 5]]


def test_the_most_central_member_is_closest_to_the_others():
    found = vectors(DOCS)[0]
    scores = closeness([0, 1, 2], found)
    assert max(range(3), key=scores.__getitem__) == 0  # shares words with both others
    assert closeness([5], found) == [0.0]


def test_no_documents():
    assert vectors([]) == ([], {})
    assert clusters([]) == []
