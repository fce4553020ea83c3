import ipaddress

import pytest

from bot.config import ConfigError, Settings


def test_defaults_from_an_empty_environment():
    s = Settings.from_env({})
    assert s.discord_token is None
    assert s.discord_guild_id is None
    assert s.database_path.endswith("summarybot/history.db")
    assert s.fetch_allow_networks == ()
    assert s.fetch_max_redirects == 5
    assert isinstance(s.user_agent, str) and "summarybot" in s.user_agent


def test_values_are_parsed_and_typed():
    s = Settings.from_env(
        {
            "DISCORD_TOKEN": " abc ",
            "DISCORD_GUILD_ID": "123456789012345678",
            "DATABASE_PATH": "/tmp/x.db",
            "FETCH_ALLOW_NETWORKS": "10.0.0.0/8, 192.168.1.5/24,fd00::/8",
            "SUMMARY_SENTENCES": "7",
            "JOB_TIMEOUT": "2.5",
            "log_level": "ignored",
        }
    )
    assert s.discord_token == "abc"
    assert s.discord_guild_id == 123456789012345678
    assert s.database_path == "/tmp/x.db"
    assert s.fetch_allow_networks == (
        ipaddress.ip_network("10.0.0.0/8"),
        ipaddress.ip_network("192.168.1.0/24"),
        ipaddress.ip_network("fd00::/8"),
    )
    assert s.default_sentences == 7
    assert s.job_timeout == 2.5


@pytest.mark.parametrize(
    ("key", "value", "message"),
    [
        ("DISCORD_GUILD_ID", "my-server", "numeric Discord ID"),
        ("FETCH_ALLOW_NETWORKS", "intranet", "is not a network"),
        ("SUMMARY_SENTENCES", "0", "at least 1"),
        ("FETCH_MAX_REDIRECTS", "99", "at most 10"),
        ("JOB_TIMEOUT", "soon", "must be a number"),
    ],
)
def test_bad_values_get_clear_errors(key, value, message):
    with pytest.raises(ConfigError, match=message):
        Settings.from_env({key: value})


def test_settings_are_frozen():
    s = Settings.from_env({})
    with pytest.raises(AttributeError):
        s.discord_token = "x"  # type: ignore[misc]
