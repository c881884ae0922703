"""The legal basis of each transfer, read from the reason codes the policy gave.

Law 09-08, art. 43: a transfer abroad only to a State on the CNDP list; art. 44:
otherwise on the data subject's express consent, a listed necessity, an
international agreement, or an express CNDP authorization. In-country processing
is no transfer. The policy names which applied in each decision's reason codes.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Basis:
    code: str
    kind: str  # none | adequacy | derogation | authorization | no_personal_data
    article: str
    fr: str
    en: str
    ar: str


BASES: Mapping[str, Basis] = {
    b.code: b
    for b in (
        Basis(
            "residency.in_country",
            "none",
            "art. 43",
            "Aucun transfert : traitement et stockage au Maroc",
            "No transfer: processed and stored in Morocco",
            "لا نقل: المعالجة والتخزين بالمغرب",
        ),
        Basis(
            "residency.rerouted",
            "none",
            "art. 43",
            "Réacheminé vers une destination autorisée",
            "Rerouted to an allowed destination",
            "أُعيد التوجيه إلى وجهة مسموح بها",
        ),
        Basis(
            "cross_border.no_personal_data",
            "no_personal_data",
            "art. 43",
            "Aucune donnée personnelle détectée : rien de personnel ne quitte le Maroc",
            "No personal data detected: nothing personal leaves Morocco",
            "لم تُرصد أي معطيات شخصية: لا يغادر المغرب أي معطى شخصي",
        ),
        Basis(
            "cross_border.adequate_country",
            "adequacy",
            "art. 43",
            "Pays adéquat (liste CNDP, délibération 465-2013 modifiée par 236-2015)",
            "Adequate country (CNDP list, deliberation 465-2013 as amended by 236-2015)",
            "بلد ملائم (لائحة اللجنة الوطنية، المداولة 465-2013 كما عُدّلت بالمداولة 236-2015)",
        ),
        Basis(
            "cross_border.explicit_consent",
            "derogation",
            "art. 44",
            "Dérogation : consentement exprès de la personne concernée au transfert",
            "Derogation: the data subject's express consent to the transfer",
            "استثناء: الموافقة الصريحة للشخص المعني على النقل",
        ),
        Basis(
            "cross_border.derogation",
            "derogation",
            "art. 44",
            "Dérogation de l'art. 44 nommée dans la requête, avec sa preuve",
            "Art. 44 derogation named in the request, with its evidence",
            "استثناء من المادة 44 مذكور في الطلب، مع إثباته",
        ),
        Basis(
            "cross_border.cndp_authorization",
            "authorization",
            "art. 44 §3",
            "Autorisation expresse et motivée de la CNDP",
            "Express and reasoned CNDP authorization",
            "إذن صريح ومعلّل من اللجنة الوطنية",
        ),
    )
}


def transfer_bases(codes: Iterable[str]) -> list[Basis]:
    """The bases among ``codes`` (unknown codes are skipped), in a stable order."""
    return [BASES[c] for c in sorted(set(codes)) if c in BASES]
