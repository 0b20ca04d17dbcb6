"""Compositional disguises of e-mail addresses and LINE IDs: a random valid value, random disguise
classes applied in order, a random carrier sentence; the detector must return the exact value."""
from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from disguises import compose, maybe
from disguises_text import (
    other_provider_addresses,
    at_forms,
    bracketed_letters,
    bracketed_line_carriers,
    broken_at_separator,
    domain_full_stops,
    letters_read_out,
    spelled_emails,
    spelled_line_ids,
    declared_symbols,
    dot_forms,
    email_carriers,
    emails,
    foreign_symbol_words,
    full_width,
    implicit_addresses,
    interleaved_symbol,
    line_carriers,
    line_ids,
    one_piece_a_line,
    spaced_letters,
    zero_width,
)
from leakguard.scanner import find

SETTINGS = settings(max_examples=200, deadline=None, derandomize=True,
                    suppress_health_check=[HealthCheck.too_slow])


def values(text: str, category: str) -> set[str]:
    return {f.value for f in find(text, categories={category})}


@SETTINGS
@given(compose(emails(), maybe(full_width()), maybe(at_forms()), maybe(dot_forms()), maybe(declared_symbols()),
               maybe(st.one_of(spaced_letters(), one_piece_a_line())), carrier=email_carriers()))
def test_disguised_email_is_read_exactly(case):
    text, value = case
    assert value in values(text, "email_address"), text


@SETTINGS
@given(implicit_addresses())
def test_implicit_provider_address_is_read_exactly(case):
    text, value = case
    found = find(text, categories={"email_address"})
    assert value in {f.value for f in found}, text
    local = value.split("@")[0]
    assert any(f.text == local for f in found), text  # the account name, not the words around it


@settings(derandomize=True, max_examples=80, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])
@given(other_provider_addresses())
def test_provider_in_another_script_or_with_its_other_domain(case):
    text, value = case
    assert values(text, "email_address") == {value}, text

@SETTINGS
@given(compose(line_ids(), maybe(zero_width()), maybe(full_width()), carrier=line_carriers()))
def test_disguised_line_id_is_read_exactly(case):
    text, value = case
    assert value in values(text, "line_id"), text


@SETTINGS
@given(compose(emails(), maybe(domain_full_stops()), maybe(broken_at_separator()), maybe(full_width()),
               maybe(at_forms()), carrier=email_carriers()))
def test_domain_full_stops_and_lines_broken_at_a_dot(case):
    text, value = case
    assert value in values(text, "email_address"), text


@settings(max_examples=80, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
@given(spelled_emails())
def test_address_said_part_by_part_is_read_exactly(case):
    text, value = case
    assert value in values(text, "email_address"), text


@settings(max_examples=80, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
@given(spelled_line_ids())
def test_line_id_said_part_by_part_is_read_exactly(case):
    text, value = case
    assert value in values(text, "line_id"), text


@settings(max_examples=80, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
@given(compose(line_ids(), bracketed_letters(), carrier=bracketed_line_carriers()))
def test_line_id_a_character_to_a_bracket(case):
    text, value = case
    assert value in values(text, "line_id"), text


@settings(max_examples=80, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
@given(letters_read_out())
def test_address_read_out_letter_by_letter_is_read_exactly(case):
    text, value = case
    assert value in values(text, "email_address"), text


@settings(max_examples=80, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
@given(compose(emails(), maybe(full_width()), interleaved_symbol(), maybe(at_forms()), maybe(dot_forms()),
               carrier=email_carriers()))
def test_email_with_a_symbol_between_its_characters(case):
    text, value = case
    assert value in values(text, "email_address"), text


@settings(max_examples=80, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
@given(compose(line_ids(), maybe(full_width()), interleaved_symbol(), carrier=line_carriers()))
def test_line_id_with_a_symbol_between_its_characters(case):
    text, value = case
    assert value in values(text, "line_id"), text


@settings(max_examples=80, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
@given(compose(emails(), maybe(full_width()), foreign_symbol_words(), carrier=email_carriers()))
def test_email_with_the_at_said_in_another_language(case):
    text, value = case
    assert value in values(text, "email_address"), text
