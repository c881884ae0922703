"""Who a sensitive phrase is about: the writer, a relative, a named or described person.

Shared by the category recognizers as ``@macros`` of their rules (see
``_phrases.py``), in folded form (lower case, no accents; Arabic "ة" as "ه",
"أ" as "ا", "ى" as "ي"). A topic word needs one of these before it to become a
fact about somebody: "le diabète" is a subject of conversation, "mon fils est
diabétique", "I've got diabetes", "3ndi sokkar", "عندي السكري" are health data.

* ``be``: a subject with its copula ("je suis", "I'm", "ana", "راني",
  "mon père est", "my wife is", "weldi", "ابني"), an attribute follows.
* ``have``: a subject with its verb of having ("j'ai", "she has", "3ndi", "عندو").
* ``do``: a subject with a verb of doing or taking ("je prends", "I'm on",
  "kandir", "كناخد"), a treatment or a test follows.
* ``fill``: words allowed between these and the attribute ("atteint d'un",
  "diagnosed with", "type 2", "m3a"): a short list, so that "je suis médecin
  et le diabète..." or "I'm writing about cancer" tie nothing to anybody.
* ``my``: possessive determiners of the writer or a third person ("mon
  diabète", "his chemo"); not "your", which is how advice talks to anyone.
* ``member``: the one who belongs to a party, a union, a group.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final

__all__ = ["NOT_GENERIC", "PEOPLE"]

# Before a member word: not "un membre", "a member", "les militants" (somebody unidentified,
# as in a general question). Fixed-width lookbehinds; "\\x20" is a space a rule keeps as is.
NOT_GENERIC: Final = "".join(
    rf"(?<!\b{word}\x20)"
    for word in (
        "un",
        "une",
        "a",
        "an",
        "les",
        "des",
        "the",
        "chaque",
        "every",
        "any",
        "tout",
        "quel",
        "what",
    )
)

_RELATIVE_FR = r"""
(?:fils|fille|pere|papa|mere|maman|frere|soeur|mari|femme|epoux|epouse|conjointe?)
(?:compagnon|compagne|enfant|bebe|oncle|tante|cousine?|neveu|niece|fiancee?|copain|copine)
(?:grand-mere|grand-pere|grand mere|grand pere|beau-pere|belle-mere|beau-frere|belle-soeur)
(?:petit frere|petite soeur|grand frere|grande soeur|fils aine|fille ainee|cadette?)
(?:voisine?|collegue|amie?|patronne?|salariee?|employee?|patiente?|cliente?|locataire)
(?:eleve|etudiante?|stagiaire|candidate?|agent|ouvriere?|mere de famille|famille)
"""

_RELATIVE_EN = r"""
(?:son|daughter|father|dad|mother|mom|mum|brother|sister|husband|wife|partner|spouse)
(?:child|kid|baby|uncle|aunt|cousin|nephew|niece|fiancee?|boyfriend|girlfriend)
(?:grandmother|grandma|grandfather|grandpa|granny|mother-in-law|father-in-law)
(?:brother-in-law|sister-in-law|neighbou?r|colleague|co-?worker|friend|boss|roommate)
(?:patient|client|employee|tenant|student|pupil|intern|candidate|worker|flatmate|family)
"""

_RELATIVE_DZ = r"""
(?:weldi|wldi|wlidi|wladi|bnti|binti|bniti|bent?i|khoya|khouya|5oya|khay|khti|5ti|okhti)
(?:mrati|mrti|marti|zawjti|zawjati|rajli|zawji|mama|mamma|mami|baba|bba|lwalida|lwalid)
(?:l walida|l walid|lwalda|jdati|jedda|jeddi|jdi|3ammi|3amti|khali|khalti|sa7bi|sahbi)
(?:sa7bti|sahbti|s7abti|jari|jarti|khtiti|khouti|drari dyali|wlidati|bent 3ammi)
(?:wld 3ammi|wald 3ammi|sadi9i|sadi9ti|lmriid|lmrid|lmrida|lpatient|familti|3a2ilti)
(?:[\w']+ dyal(?:i|na))
"""

_RELATIVE_AR = r"""
ابني
ابنتي
بنتي
ولدي
وليدي
ولادي
اولادي
زوجتي
زوجي
مراتي
راجلي
اخي
خويا
اختي
ختي
امي
ابي
بابا
ماما
والدي
والدتي
الوالد
الوالده
الواليده
جدي
جدتي
عمي
عمتي
خالي
خالتي
صديقي
صديقتي
صاحبي
صاحبتي
جاري
جارتي
زميلي
زميلتي
طفلي
طفلتي
خطيبي
خطيبتي
عائلتي
اسرتي
المريض
المريضه
[\u0621-\u064a]+ ديالي
"""

PEOPLE: Final[Mapping[str, str]] = {
    "rel_fr": _RELATIVE_FR,
    "rel_en": _RELATIVE_EN,
    "rel_dz": _RELATIVE_DZ,
    "rel_ar": _RELATIVE_AR,
    "det_fr": r"""
        (?:(?:mon|ma|notre|son|sa|votre|ton|ta) |l')(?:@rel_fr)(?: [^\s.,!?;:]+){0,3}?
        (?:le|la|cette|ce) (?:@rel_fr)(?: [^\s.,!?;:]+){0,3}?
        """,
    "poss_fr": r"""
        (?:mon|ma|notre|son|sa) (?:@rel_fr)
        """,
    "det_en": r"""
        (?:my|our|his|her|their|the) (?:@older )?@rel_en(?: [^\s.,!?;:]+){0,3}?
        """,
    "named": r"""
        (?P<who>[^\W\d_][\w'-]*(?: [^\W\d_][\w'-]*){0,2})
        """,
    "older": r"""
        little
        older
        younger
        elder
        eldest
        youngest
        best
        old
        """,
    "poss_en": r"""
        (?:my|our|his|her) (?:@older )?@rel_en
        """,
    "be": r"""
        (?:moi )?je (?:ne |n')?(?:suis|serai|etais|reste|deviens)(?: pas| plus)?
        je me (?:considere|definis) comme
        (?:moi )?j'(?:etais|ai ete)
        chui
        etant
        (?:being|as i'm|as i am|since i'm)
        (?:il|elle) (?:n')?(?:est|etait|sera|a ete)(?: pas)?
        @det_fr (?:n')?(?:est|etait|sera|a ete|reste)(?: pas)?
        (?:mes|nos|ses) [\w-]+ (?:sont|etaient|ont ete)
        i(?:'m| am|m| was|'ve been| have been| became| consider myself| identify as)(?: not)?
        (?:he|she)(?:'s| is| was| has been| became)(?: not)?
        @det_en(?:'s| is| was| has been| became)(?: not)?
        @poss_fr
        @poss_en
        (?:nous sommes|on est|we are|we're|we were)
        (?:ana|anaya|rani|rah ana|ana rani|wlit|ana wlit|ana kont|kont|7na|hna|a7na|ahna)
        @rel_dz(?: [^\s.,!?;:]+)?(?: (?:rah|raha|rahi|howa|hiya|hia|kan|kant|wla|wlat|wlla|wllat))?
        (?:je|i) (?:pense|crois|think|guess) (?:etre|i'm|i am)
        (?:انا|راني|انا راني|كنت|اصبحت|وليت|حنا|نحن|احنا|هو|هي)
        (?:howa|hiya|hia|huwa)
        @rel_ar(?: [^\s.,!?;:]+)?(?: (?:راه|راها|هو|هي|كان|كانت|ولى|ولات|اصبح|اصبحت))?
        """,
    "have": r"""
        (?:moi )?j'(?:ai|avais|aurai)
        (?:il|elle) (?:a|avait)
        @det_fr (?:a|avait)
        i (?:have|had|got|'ve got|'ve had|have had)
        i'?ve (?:got|had)
        (?:he|she) (?:has|had|'s got|has had)
        @det_en (?:has|had|'s got|has had)
        (?:ana )?(?:3ndi|3andi|3endi|andi|endi|3ndna|3andna)
        (?:@rel_dz )?(?:3ndo|3ando|3ndu|3endo|3ndha|3andha|3endha|fih|fiha|fiya|fia|biya|bia)
        (?:انا )?(?:عندي|لدي|عندنا|فيا|بيا)
        (?:@rel_ar )?(?:عنده|عندو|عندها|لديه|لديها|فيه|فيها)
        """,
    "do": r"""
        je (?:prends|fais|recois|suis|passe|commence)
        j'(?:ai commence|ai fait|ai eu|ai passe|ai recu|ai pris)
        (?:il|elle|@det_fr) (?:prend|fait|recoit|suit|a commence|a fait|a eu)
        je (?:vois|consulte|suis suivie? par)
        i(?:'m| am) (?:on|taking|having|getting|receiving|doing|undergoing|starting|seeing|carrying)
        i (?:take|get|do|receive|started|took|had|did|undergo|underwent|see|carry)
        (?:he|she|@det_en)(?:'s| is) (?:on|taking|having|getting|receiving|undergoing)
        (?:he|she|@det_en) (?:takes|gets|receives|started|took|had|did|sees|carries)
        (?:ana )?(?:kanakhod|kanakhd|kanakhed|kankhod|kankhd|kandir|kandi|drt|dert|bdit)
        (?:ana )?(?:kantab3|kantba3|kanchrob)
        (?:@rel_dz )?(?:kayakhod|kaydir|katakhod|katakhd|katdir|dar|dart|bda|bdat)
        (?:انا )?(?:كناخد|كنشرب|كندير|درت|بديت|اتناول|اخذ|اخضع|ناخد|كنتبع|كنتابع|متابعه?)
        (?:انا )?(?:اجريت|قمت ب|عملت|سويت|كنتعالج|نتعالج|اعالج)
        (?:ana )?(?:kant3alaj|kantdawa|kandawi|metab3a|mtab3a)
        (?:@rel_ar )?(?:كياخد|كتاخد|كيدير|كتدير|دار|دارت|يتناول|تتناول|يخضع|تخضع|بدا|بدات)
        """,
    "fill": r"""
        atteinte?s?
        suivie?
        soignee?
        traitee?
        diagnostiquee?
        hospitalisee?
        operee?
        devenue?
        malade
        porteu(?:r|se)
        sous
        en
        de
        du
        des
        d'une?
        une?
        le
        la
        pour
        contre
        against
        ضد
        (?:a )?history of
        antecedents? (?:de|d')
        par
        avec
        depuis
        aussi
        toujours
        deja
        encore
        tres
        moi-meme
        ete
        fait
        eu
        type
        \d+
        mois
        semaines
        ans
        with
        from
        for
        on
        in
        an?
        the
        being
        traitement
        treatment
        therapie
        therapy
        suivi
        echographie
        consultation
        dwa
        ddwa
        dyal
        جلسات
        لجلسات
        حصص
        لحصص
        دواء
        دوا
        ديال
        العلاج
        علاج
        half
        moitie
        taking
        using
        getting
        receiving
        treated
        followed
        seen
        monitored
        diagnosed
        suffering
        living
        also
        still
        already
        really
        now
        currently
        been
        months?
        weeks?
        years?
        m3a
        b
        bl
        f
        fl
        mn
        men
        chi
        wa7ed
        wa7d
        daba
        dima
        kan3ani
        kat3ani
        kay3ani
        mrida?
        mrid
        msab
        msaba
        mtab3a?
        mtaba3a?
        metab3a?
        3la
        ola
        mn
        ب
        في
        ف
        من
        مع
        عندي
        كنعاني
        اعاني
        يعاني
        تعاني
        مصابه?
        مريضه?
        تحت
        متابعه?
        عند
        دابا
        شي
        واحد
        واحده
        """,
    "my": r"""
        mon
        ma
        mes
        son
        sa
        ses
        my
        his
        her
        """,
    "member": r"""
        membre
        adherente?
        militante?
        sympathisante?
        encartee?
        partisane?
        cadre
        elue?
        deputee?
        conseillere?
        candidate?
        deleguee?
        representante?
        secretaire (?:generale?|locale?|regionale?|national)
        responsable
        benevole
        fidele
        disciple
        adepte
        mourid
        member
        activist
        supporter
        follower
        organi[sz]er
        delegate
        representative
        official
        volunteer
        3odw
        3adw
        3oudw
        mnadil
        mnadel
        mnadla
        mnkhart
        mnkhrt
        mnkharet
        mn[kx]h?[ae]?r[ae]?ta?
        mourida
        عضو
        عضوه
        مناضل
        مناضله
        منخرط
        منخرطه
        مريد
        مريده
        متعاطف
        متعاطفه
        مويد
        مويده
        مناصر
        مناصره
        مندوب
        مندوبه
        ممثل
        ممثله
        كاتب عام
        مستشاره?
        برلمانيه?
        نائبه? برلمانيه?
        منتخبه?
        mandoub
        mndoub
        ناشطه?
        nachita?
        منتميه?
        من انصار
        من مناصري
        mondoub
        mmatil
        moumatil
        """,
}
