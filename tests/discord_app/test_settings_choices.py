from bot.discord_app.cogs.settings import language_choices

LANGUAGES = {"en": "english", "de": "german", "fr": "french", "pt": "portuguese"}


def test_all_languages_and_auto_when_nothing_is_typed():
    choices = language_choices("", LANGUAGES)
    assert [c.value for c in choices] == ["auto", "english", "french", "german", "portuguese"]
    assert choices[1].name == "english (en)"


def test_matches_names_and_codes_prefix_first():
    assert [c.value for c in language_choices("DE", LANGUAGES)] == ["german", "auto"]
    assert [c.value for c in language_choices("fr", LANGUAGES)] == ["french"]
    assert [c.value for c in language_choices("  por", LANGUAGES)] == ["portuguese"]
    assert language_choices("klingon", LANGUAGES) == []


def test_never_more_than_discord_allows():
    many = {f"x{i}": f"lang{i:02d}" for i in range(40)}
    assert len(language_choices("", many)) == 25
