from __future__ import annotations

import pytest

from compliance.detect.recognizers import MoroccanCinRecognizer

from .conftest import Reported


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # valid: identity context before or after, in French, English or Arabic
        ("CIN : BE123456", ["BE123456"]),
        ("N° CNIE A123456", ["A123456"]),
        ("Ma carte nationale porte le numéro JB45678.", ["JB45678"]),
        ("Voici ma pièce d'identité, numéro BE123456, valable jusqu'en 2030.", ["BE123456"]),
        ("Carte d'Identite Nationale: K12345", ["K12345"]),
        ("My national ID card number is JB45678", ["JB45678"]),
        ("BE123456 (CIN)", ["BE123456"]),
        ("رقم البطاقة الوطنية BE123456", ["BE123456"]),
        ("رقم البطاقة BE123456", ["BE123456"]),
        # Darija, in Arabizi and in Arabic script
        ("salam, ra9m lbita9a dyali Z379101 w nmra", ["Z379101"]),
        ("3tini lkart dyalek: UA365310", ["UA365310"]),
        ("هادي لاكارط ديالي JK123456", ["JK123456"]),
        ("ra9m lcarte dyali: BK123456", ["BK123456"]),
        ("رقم ب.ت.و: BE123456", ["BE123456"]),
        # a short confirmation right before the number, the question in the previous turn
        ("oui c'est bien ça, BK123456", ["BK123456"]),
        ("wah hiya hadik, JB45678", ["JB45678"]),
        ("yes that's right, K123456", ["K123456"]),
        ("نعم صحيح BE123456", ["BE123456"]),
        ("okay, T123456", ["T123456"]),
        ("wakha: X234567", ["X234567"]),
        ("d'accord, c'est noté : JB45678", ["JB45678"]),
        ("تفضل BE123456", ["BE123456"]),
        # "ID" right before the number; the label glued to it
        ("Verified, thanks. ID C219360 matches.", ["C219360"]),
        ("Parking permit, plate 64448 | أ | 13, ID U64923.", ["U64923"]),
        ("votre identité est confirmée, CINX-177687. Votre", ["CINX-177687"]),
        ("confirmée, CINT 525285.", ["CINT 525285"]),
        # look-alike: the id of an order or a user
        ("Order ID AB12345 shipped", []),
        ("user id: AB123456 logged in", []),
        # valid shape, but no context: below the threshold
        ("Le code est BE123456.", []),
        ("JB45678", []),
        # look-alike: an order, ticket or product code after a confirmation
        ("oui, commande AB123456", []),
        ("ok oui, ticket AB12345", []),
        ("yes, model SM12345 in black", []),
        ("okay, order AB123456 shipped", []),
        ("wakha, facture FA12345", []),
        ("oui, 3 articles, puis AB123456", []),
        # look-alike: codes glued to letters, digits or hyphens
        ("CIN SKU AB12345X", []),
        ("CIN REF-AB12345", []),
        ("CIN AB12345-2", []),
        ("CIN ab123456", []),
        # look-alike: too few or too many digits or letters
        ("iPhone 15, format A4, CIN à fournir", []),
        ("CIN vol AT205 ou AT1234", []),
        ("CIN BE1234567", []),
        ("CIN ABC12345", []),
        # look-alike: "cin" inside another word is not context
        ("Au cinéma BE123456", []),
    ],
)
def test_cin_shaped_tokens_are_reported_only_near_identity_words(
    reported: Reported, text: str, expected: list[str]
) -> None:
    assert reported(MoroccanCinRecognizer(), text) == expected
