"""The hemsändningsbidrag computed from the year's rule, explained in words: every figure of
``core.home_delivery.HomeDeliveryResult``, so the official can check it against the decision."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from servicepunkt_gui.core.home_delivery import HomeDeliveryResult, RuleRow
from servicepunkt_gui.ui.grants.grant_labels import kronor

translate = QCoreApplication.translate


def _fill(template: str, *values: str) -> str:
    # Highest first: "%1" must not eat the start of "%10".
    for number in range(len(values), 0, -1):
        template = template.replace(f"%{number}", values[number - 1])
    return template


def rule_text(rule: RuleRow, year: int) -> str:
    return _fill(
        translate(
            "HomeDeliveryText", "The rule for %1 (in force from %2): price base amount %3 SEK."
        ),
        str(year),
        rule.valid_from.isoformat(),
        kronor(rule.price_base_amount_sek),
    )


def result_text(result: HomeDeliveryResult) -> str:
    """ "At most 50 % of the net cost: 41 000 SEK; at most 100 SEK × 320 deliveries: …"."""
    rule = result.rule
    caps = _fill(
        translate(
            "HomeDeliveryText",
            "At most %1 % of the net cost: %2 SEK; at most %3 SEK × %4 deliveries: %5 SEK; ",
        ),
        str(rule.max_share_percent),
        kronor(result.share_cap_sek),
        kronor(rule.max_per_delivery_sek),
        kronor(result.deliveries),
        kronor(result.delivery_cap_sek),
    )
    half = rule.min_share_of_base_percent == 50
    if result.eligible and half:
        threshold = translate(
            "HomeDeliveryText", "the net cost reaches half the price base amount (%2 SEK)."
        )
    elif result.eligible:
        threshold = translate(
            "HomeDeliveryText", "the net cost reaches %1 % of the price base amount (%2 SEK)."
        )
    elif half:
        threshold = translate(
            "HomeDeliveryText", "the net cost does not reach half the price base amount (%2 SEK)."
        )
    else:
        threshold = translate(
            "HomeDeliveryText",
            "the net cost does not reach %1 % of the price base amount (%2 SEK).",
        )
    threshold = _fill(threshold, str(rule.min_share_of_base_percent), kronor(result.threshold_sek))
    grant = translate("HomeDeliveryText", "Grant: %1 SEK.").replace("%1", kronor(result.grant_sek))
    return f"{caps}{threshold} {grant}"


def missing_rule_text(year: int) -> str:
    return translate(
        "HomeDeliveryText",
        "No rule for home delivery grants is recorded for %1. Add it under "
        "“Rules for home delivery grants…”.",
    ).replace("%1", str(year))


def missing_figures_text() -> str:
    return translate(
        "HomeDeliveryText",
        "Fill in the number of deliveries and the net cost, and the grant is computed.",
    )
