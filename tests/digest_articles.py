"""Invented articles for digest tests that summarize for real: two on one subject, one apart."""

TUNNEL_OPENS = (
    "Harbour Tunnel Opens To Traffic\n\n"
    "The new harbour tunnel opened to traffic on Tuesday after six years of construction. "
    "Commuters who cross the harbour every morning saved twenty minutes on the first day. "
    '"We finally have a harbour crossing that works," said Mayor Ines Okafor at the tunnel entrance. '
    "The tunnel runs under the harbour for two kilometres and carries four lanes of traffic. "
    "Engineers will watch the tunnel ventilation closely during the first busy weeks."
)
TUNNEL_TOLL = (
    "Drivers Protest The Harbour Tunnel Toll\n\n"
    "Drivers gathered on Thursday to protest the toll charged for the new harbour tunnel. "
    "The toll costs four euros for each trip through the tunnel under the harbour. "
    '"The tunnel toll is fair and it pays for upkeep," said Mayor Ines Okafor after the protest. '
    "Some commuters said they would drive around the harbour to avoid the tunnel toll. "
    "The council will review the harbour tunnel toll at its next meeting."
)
CHESS = (
    "Teenager Wins The Regional Chess Tournament\n\n"
    "A sixteen-year-old player won the regional chess tournament on Sunday with a final-round checkmate. "
    "She beat two grandmasters on her way to the chess title. "
    '"I was nervous until the very last move," said Mira Sato after the final game. '
    "The chess club where she trains now has a waiting list for new players. "
    "The national chess tournament takes place in the spring."
)
ARTICLES = (TUNNEL_OPENS, TUNNEL_TOLL, CHESS)
