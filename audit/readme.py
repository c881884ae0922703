"""The README of an export bundle, for the regulator: French first, then English."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from audit.checkpoint import Checkpoint
from audit.keys import PublicKey


def _scope(
    count: int, first: int | None, last: int | None, filters: Mapping[str, str | None]
) -> tuple[str, str]:
    span = f"{first}..{last}" if first is not None else "-"
    chosen = {k: v for k, v in filters.items() if v}
    fr_filters = ", ".join(f"{k} = {v}" for k, v in chosen.items()) or "aucun (journal complet)"
    en_filters = ", ".join(f"{k} = {v}" for k, v in chosen.items()) or "none (the whole log)"
    return (
        f"{count} enregistrements, numéros {span} ; filtres : {fr_filters}",
        f"{count} records, sequence numbers {span}; filters: {en_filters}",
    )


def readme_text(
    *,
    count: int,
    first_seq: int | None,
    last_seq: int | None,
    anchor: Checkpoint,
    keys: Sequence[PublicKey],
    filters: Mapping[str, str | None],
    contiguous: bool,
) -> str:
    fr_scope, en_scope = _scope(count, first_seq, last_seq, filters)
    fingerprints = "\n".join(
        f"- `{k.key_id}` (Ed25519{', endorsed by ' + k.endorsed_by if k.endorsed_by else ''})"
        for k in sorted(keys, key=lambda k: k.key_id)
    )
    fr_partial = (
        ""
        if contiguous
        else (
            "\n> Export filtré (une personne concernée) : chaque enregistrement présent est"
            " prouvé appartenir au journal signé, mais un export filtré ne peut pas prouver"
            " qu'aucun autre enregistrement ne correspond au filtre. Pour l'exhaustivité,"
            " demandez un export complet ou par période.\n"
        )
    )
    en_partial = (
        ""
        if contiguous
        else (
            "\n> Filtered export (one data subject): every record here is proved to be in the"
            " signed log, but a filtered export cannot prove that no other record matches the"
            " filter. For completeness, ask for a whole or time-window export.\n"
        )
    )
    return f"""# Journal d'audit cndp-guard — export vérifiable / verifiable export

Ancre / anchor: checkpoint signé à la taille **{anchor.tree_size}**, racine
`{anchor.root_hash}`, {anchor.time}, clé `{anchor.key_id}`.

Clés publiques de cet export / public keys in this export:
{fingerprints}

---

## Français

Ce dossier contient un extrait du journal d'audit d'un proxy cndp-guard (loi 09-08,
art. 24 : contrôle a posteriori de qui a traité quoi et quand). Contenu : {fr_scope}.
Aucune donnée personnelle en clair : types d'entités, comptes, codes de motif et
empreintes à clé des personnes concernées.
{fr_partial}
### Vérifier

Prérequis : Python 3.11 et le paquet `cryptography` (`pip install cryptography`).
Rien d'autre de cndp-guard n'est nécessaire : le vérificateur est fourni dans
`verifier/audit/` (bibliothèque standard + `cryptography`, lisible avant exécution).

    PYTHONPATH=verifier python -m audit verify .

Le code de sortie est 0 seulement si tout est vérifié : chaque enregistrement, chaque
lien de la chaîne, chaque checkpoint signé, chaque preuve et l'empreinte de chaque
fichier. Sinon, chaque anomalie est listée avec son numéro de séquence (modifié,
supprimé, réordonné, inséré, queue tronquée après un checkpoint, signature falsifiée
ou clé inconnue).

1. **Comparez les empreintes des clés** ci-dessus avec celles que le responsable du
   traitement vous a déclarées ; pour l'exiger : `--trusted-key ID` (répétable). Une
   clé endossée par une clé de confiance (rotation) est acceptée.
2. **Conservez `checkpoints.jsonl`** de chaque export. Au prochain export, passez
   l'ancien dossier : `--known ANCIEN_DOSSIER`. Le vérificateur prouve alors que le
   nouveau journal prolonge l'ancien (preuve de cohérence) : un journal réécrit,
   tronqué ou régénéré depuis est détecté, même par quelqu'un qui détient la clé.

### Format (pour un vérificateur indépendant)

- `records.jsonl` : une ligne par enregistrement,
  `{{"body":<corps canonique>,"prev_hash":"…","record_hash":"…","seq":n}}`. Le corps est
  du JSON canonique (clés triées, sans espaces, UTF-8, sans flottants).
- `record_hash = SHA-256(0x00 ‖ seq sur 8 octets gros-boutiste ‖ prev_hash ‖ corps)` ;
  `prev_hash` du premier enregistrement = 64 zéros. C'est aussi la feuille de l'arbre
  de Merkle RFC 6962 ; nœud = `SHA-256(0x01 ‖ gauche ‖ droite)`.
- `checkpoints.jsonl` : `signature` Ed25519 (base64) sur l'encodage canonique de
  `statement` (`tree_size`, `root_hash`, `head_hash`, `time`, `key_id`).
- `proofs.json` : preuve de plage (`left` = sous-arbres avant le premier enregistrement,
  `right` = sous-arbres après le dernier) ou preuves d'inclusion RFC 9162 par
  enregistrement ; preuves de cohérence de chaque checkpoint vers l'ancre.
- `keys.json` : clés publiques (brutes en base64 et PEM) ; `key_id` = 16 premiers
  chiffres hexadécimaux du SHA-256 de la clé brute ; `endorsement` = signature par
  l'ancienne clé de la nouvelle (rotation).
- `manifest.json` : SHA-256 de chaque fichier, signé par la clé d'export.

---

## English

This directory holds an extract of the audit trail of a cndp-guard proxy (law 09-08,
art. 24: a-posteriori control of who processed what, and when). Content: {en_scope}.
No personal value in clear: entity types, counts, reason codes and keyed hashes of
the data subjects.
{en_partial}
### Verify

Needs Python 3.11 and the `cryptography` package (`pip install cryptography`).
Nothing else of cndp-guard is needed: the verifier ships in `verifier/audit/`
(standard library + `cryptography`, small enough to read before running it).

    PYTHONPATH=verifier python -m audit verify .

The exit code is 0 only when everything holds: every record, every link of the
chain, every signed checkpoint, every proof and the hash of every file. Otherwise
every failure is listed with its sequence number (modified, deleted, reordered,
inserted, tail truncated after a checkpoint, forged signature or unknown key).

1. **Compare the key fingerprints** above with the ones the controller declared to
   you; to enforce them: `--trusted-key ID` (repeatable). A key endorsed by a trusted
   key (rotation) is accepted.
2. **Keep `checkpoints.jsonl`** of every export. With the next export, pass the old
   directory: `--known OLD_DIR`. The verifier then proves the new log extends the old
   one (consistency proof): a log rewritten, truncated or regenerated since is caught,
   even by someone who holds the signing key.

### Format (for an independent verifier)

- `records.jsonl`: one line per record,
  `{{"body":<canonical body>,"prev_hash":"…","record_hash":"…","seq":n}}`. The body is
  canonical JSON (sorted keys, no white space, UTF-8, no floats).
- `record_hash = SHA-256(0x00 ‖ seq as 8 bytes big-endian ‖ prev_hash ‖ body)`; the
  first record's `prev_hash` is 64 zeros. It is also the RFC 6962 Merkle leaf hash;
  a node is `SHA-256(0x01 ‖ left ‖ right)`.
- `checkpoints.jsonl`: an Ed25519 `signature` (base64) over the canonical encoding of
  `statement` (`tree_size`, `root_hash`, `head_hash`, `time`, `key_id`).
- `proofs.json`: a range proof (`left` = subtrees before the first record, `right` =
  subtrees after the last) or one RFC 9162 inclusion proof per record; a consistency
  proof from every checkpoint to the anchor.
- `keys.json`: public keys (raw base64 and PEM); `key_id` = first 16 hex digits of
  SHA-256 over the raw key; `endorsement` = the new key signed by the old one (rotation).
- `manifest.json`: the SHA-256 of every file, signed by the exporting key.
"""
