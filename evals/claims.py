"""Planted claims (evals/data/planted_claims.jsonl): does a false claim ever reach the green badge?

Each claim cites one real clause. Three sets: the tuning and check halves of planted_claims.jsonl (split by id
hash) and planted_claims_holdout.jsonl, written later and never tuned on. Each claim is checked by the shipped
deterministic verifier (grounding) together with a scripted second model that approves everything (the worst case: a careless or manipulated verifier) and one that
rejects everything; the answer status is computed exactly as for a real answer (`answer_status`).

- catch_rate: share of false claims NOT shown as verified (with the approving model): must be 1.0;
- false_alarm: share of true claims flagged contradicted (with the approving model): must stay under 0.05;
- true_verified: share of true claims shown as verified with the approving model (what the checks leave usable).
"""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

from assistant.answer.assembly import answer_status
from assistant.interfaces import Verifier
from assistant.types import Citation, Claim, ClaimResult, ClaimVerdict, Draft, Hit, Retrieval, Verification
from assistant.verify.grounding import combine

from .datasets import law_resolver, load_jsonl

DATA = Path(__file__).parent / "data"
PLANTED = DATA / "planted_claims.jsonl"
# Written after the checks were first measured, before any was changed for it, and never tuned on: reported whole.
PLANTED_HOLDOUT = DATA / "planted_claims_holdout.jsonl"
# Claims written from the law texts to find what the checks miss (issue 11): tuning data, every row of it; reported as
# "probe (tuning)" so nobody reads it as a measurement on unseen claims.
PLANTED_PROBE = DATA / "planted_claims_probe.jsonl"
PROBE_SET = "probe (tuning)"
# A second probe written later from the law texts, weighted towards the kinds the first checks missed on unseen claims
# (wrong actor, overreaching scope, wrong modality) and towards true claims that say "any / 所有" or name another actor as
# an object (false alarms). Tuning data too, reported whole as "probe 2 (tuning)".
PLANTED_PROBE2 = DATA / "planted_claims_probe2.jsonl"
PROBE2_SET = "probe 2 (tuning)"
# A third probe, written in four batches from articles no other claim file uses (each batch run once before any change
# for it), weighted to wrong actors and wrong modality phrased as a drafting model would. Tuning data, "probe 3 (tuning)".
PLANTED_PROBE3 = DATA / "planted_claims_probe3.jsonl"
PROBE3_SET = "probe 3 (tuning)"
# Two blind batches (pbA-…, pbB-…) written from articles no other claim file used, each measured once before any change
# for it (A: catch 0.75, false alarms 0.05; B, after the round's changes: catch 0.55, false alarms 0.05), then tuned on.
# Tuning data since, reported as "blind A+B (tuning)".
PLANTED_BLIND = DATA / "planted_claims_blind.jsonl"
BLIND_SET = "blind A+B (tuning)"
# Two more blind batches (pbC-…, pbD-…, field "batch"), written from articles no other claim file used, each measured once
# before any change for it (C: catch 0.70, false alarms 0.20; D, after the round's changes tuned on C: catch 0.80, false
# alarms 0.05, the same as before them). C was tuned on (after: 1.00 / 0.00); both are tuning data for later rounds,
# reported as "blind C+D (tuning)".
PLANTED_BLIND2 = DATA / "planted_claims_blind2.jsonl"
BLIND2_SET = "blind C+D (tuning)"
# Two more blind batches (pbE-…, pbF-…, field "batch"), round 7, written from articles no other claim file used (the
# 中国人民银行法 and 电子签名法 among them), each measured once before any change (E: catch 0.70, false alarms 0.05; F: catch 0.70,
# false alarms 0.05); E was tuned on, F measured once more after the round's changes (evals/data/README.md). Tuning data
# for later rounds, reported as "blind E+F (tuning)".
PLANTED_BLIND3 = DATA / "planted_claims_blind3.jsonl"
BLIND3_SET = "blind E+F (tuning)"
# Two blind batches written in round 9 from articles no other claim file used (pr9A-…, pr9B-…, field "half"), each
# measured before any change (A: catch 0.917, false alarms 0.00; B: 0.636 / 0.091); A was tuned on (1.00 / 0.00), B
# measured once after the round's changes (0.636 / 0.091, unchanged). Tuning data for later rounds, "blind r9 A+B (tuning)".
PLANTED_R9 = DATA / "planted_claims_r9.jsonl"
R9_SET = "blind r9 A+B (tuning)"
# Two more round-9 blind batches (pr9bA-…, pr9bB-…, field "half"), written by the claims9b helper from articles no other
# claim file used, each measured before any change for it (A: catch 1.00, false alarms 0.143; B: 0.875 / 0.00); A tuned on
# (1.00 / 0.00), B measured once after (0.875 / 0.00, unchanged). Tuning data for later rounds; "blind r9b A+B".
PLANTED_R9B = DATA / "planted_claims_r9b.jsonl"
R9B_SET = "blind r9b A+B"
# Two round-10 blind batches (pr10A-…, pr10B-…, field "half") written by the claims10 helper from the law texts before any
# change of its round, weighted to TRUE paraphrases as a drafting model writes them (false alarms): A 50 (37 true, 13
# false) plus 20 true (A2, written after the round's first changes), B 50 (37 / 13). Measured with the approving model
# before the round's changes: A 0.846 catch / 0.108 false alarms, B 0.923 / 0.054; A tuned on (1.00 / 0.00, A2 0.05 →
# 0.00); B measured once after: 0.923 / 0.054 (unchanged). Tuning data for later rounds; "blind r10 A+B".
PLANTED_R10 = DATA / "planted_claims_r10.jsonl"
R10_SET = "blind r10 A+B"
# Round 11's blind batches (pr11A-…, pr11B-…, field "half"), written by the claims11 helper from the law texts before any
# change of its round: 20 claims each, half true drafting-style paraphrases (passives, a party's things named by its
# word), half false of every kind including "antonym" (a word turned into its opposite with no negation word). Before the
# round's changes A 0.50 catch / 0.10 false alarms, B 0.30 / 0.20; A tuned on (1.00 / 0.00), B measured once after: 0.50 /
# 0.10. Halves A2 (antonyms and their true twins), A3 (true passives and possessives) and A4 (every kind) were written after
# the round's first changes: tuning data (evals/data/README.md). "blind r11 (A, A2–A4, B)".
PLANTED_R11 = DATA / "planted_claims_r11.jsonl"
R11_SET = "blind r11 (A, A2–A4, B)"
PLANTED_R11B = DATA / "planted_claims_r11b.jsonl"
R11B_SET = "blind r11b A+B"
PLANTED_BLIND6 = DATA / "planted_claims_blind6.jsonl"  # fresh for round 11, measured before and after it
BLIND6_SET = "blind K+L"
# Round 12's blind batches (pr12A-…, pr12B-…, field "half"), written by the claims12 helper from the law texts before any
# change of its round: 8 claims each, half true drafting-style paraphrases (bounds written as 不超过 / 不少于, passives), half
# false (wrong actor, wrong figure or time limit, a right denied). Before the changes A 1.00 catch / 0.25 false alarms, B 0.75
# / 0.00; A tuned on (1.00 / 0.00); B measured once after: 0.75 / 0.00. Tuning data for later rounds; "blind r12 A+B".
PLANTED_R12 = DATA / "planted_claims_r12.jsonl"
R12_SET = "blind r12 A+B"
# Round 13's blind batches (pr13A-…, pr13B-…, field "half"), written by the claims13 helper from the law texts before any
# change of its round: 16 claims each, 8 true paraphrases and 8 false (dropped negation, a ban turned into a permission,
# both / either conditions, wrong actor, wrong figure or time limit, a condition dropped). Before: A 0.62 catch / 0.12 true
# contradicted, B 0.75 / 0.00; A tuned on (1.00 / 0.00); B after: 0.75 / 0.00. Tuning data for later rounds.
PLANTED_R13 = DATA / "planted_claims_r13.jsonl"
R13_SET = "blind r13 A+B"
# Round 13b's blind batches (pr13bA-…, pr13bB-…, field "half"), written by the claims13b helper from the law texts before
# any change of its round: 8 claims each, 4 true paraphrases and 4 false (mostly a wrong actor, half of them English claims
# on Chinese articles). Before: A 0.75 catch / 0.00 true contradicted, B 0.50 / 0.25; A tuned on (1.00 / 0.00); B measured
# once after: 0.50 / 0.25 (unchanged). Tuning data for later rounds.
PLANTED_R13B = DATA / "planted_claims_r13b.jsonl"
R13B_SET = "blind r13b A+B"
# Written before round 13 (14:20–14:27 UTC) by a data-only helper (batches M and N, pbM-… / pbN-…), kept from everyone who
# changed code until round 13 ended and measured in aggregate only: M 0.93 catch, N 0.73, false alarms 0.00 both, before
# and after round 13 (evals/data/README.md). The fresh figure of stop 26; a later round that tunes on it must say so.
PLANTED_BLIND7 = DATA / "planted_claims_blind7.jsonl"
BLIND7_SET = "blind M+N"
# Round 14's blind batches (pc14-A-…, pc14-B-…, field "batch"), written by the claims14 helper from the law texts before any
# change of its round: 20 claims each, 10 true paraphrases and 10 false of every kind (wrong actor, figure, time limit,
# article, a right denied, a ban turned into an option, "all" for the important-data handlers, an antonym), English claims
# on Chinese articles among them. Before: A 0.80 catch / 0.00 true contradicted, B 0.60 / 0.00; A tuned on; B measured once
# after (evals/data/README.md). Tuning data for later rounds.
PLANTED_R14 = DATA / "planted_claims_r14.jsonl"
R14_SET = "blind r14 A+B"
# Round 15's blind batches (pc15-A-…, pc15-B-…, field "batch"), written by the claims15 helper from the law texts before
# any change of its round, mostly from articles no other claim file used: 16 claims each, 8 true paraphrases (colloquial,
# English on Chinese articles, Chinese numerals for Arabic ones) and 8 false of every kind (wrong actor, figure, time limit,
# article, modality, scope, a right denied, a ban dropped, an antonym). Before: A 0.75 catch / 0.12 true contradicted, B
# 0.62 / 0.50; A tuned on (0.88 / 0.00); B measured once after: 0.62 / 0.50 (unchanged; evals/data/README.md). Tuning data
# for later rounds.
PLANTED_R15 = DATA / "planted_claims_r15.jsonl"
R15_SET = "blind r15 A+B"
# Written before round 15 (18:05–18:10 UTC) by a data-only helper (batches Q and R, pbQ-… / pbR-…), kept from everyone who
# changed code until round 15 ended and measured in aggregate only: Q 0.73 → 0.73 catch (false alarms 0.07 → 0.07), R
# 0.73 → 0.80 (0.00 → 0.00), before and after round 15 (evals/data/README.md). The fresh figure of stop 27; tuning data
# from round 16 on.
PLANTED_BLIND9 = DATA / "planted_claims_blind9.jsonl"
BLIND9_SET = "blind Q+R"
# Round 16's blind batches (pc16-A-…, pc16-B-…, field "batch"), written by the claims16 helper from the law texts before
# any change of its round, from articles no older claim file used: 32 claims each, 16 true paraphrases (colloquial
# subjects, regulators by their current names, English claims on Chinese articles, waived consent, definitions) and 16
# false of every kind. A tuned on; B measured once before and once after (evals/data/README.md).
PLANTED_R16 = DATA / "planted_claims_r16.jsonl"
R16_SET = "blind r16 A+B"
# Round 17's batches (pc17-A-…, pc17-B-…, field "batch"), written by the claims17 helper from the law texts before any
# change of its round, from articles no older claim file used where one was left: 20 claims each, 10 true (ranges of
# fines in both languages, 没 for 未 in a definition, a voluntary scheme of the State) and 10 false of every kind. A tuned
# on; B measured once before and once after (evals/data/README.md).
PLANTED_R17 = DATA / "planted_claims_r17.jsonl"
R17_SET = "blind r17 A+B"
# Written before round 16 (20:25–20:31 UTC) by a data-only helper (batches S and T, pbS-… / pbT-…), kept from everyone who
# changed code until round 16 ended and measured in aggregate only: S 0.87 → 0.87 catch, T 0.87 → 0.87, false alarms 0.00
# both, before and after round 16 (evals/data/README.md). The fresh figure of stop 28; tuning data from round 17 on.
PLANTED_BLIND10 = DATA / "planted_claims_blind10.jsonl"
BLIND10_SET = "blind S+T"
# Written before round 17 (23:33–23:42 UTC) by a data-only helper (batches U and V, pbU-… / pbV-…), kept from everyone who
# changed code until round 17 ended and measured in aggregate only: U 0.80 → 0.80 catch, V 0.87 → 0.87, false alarms 0.07
# both, before and after round 17 (evals/data/README.md). The fresh figure of stop 29; tuning data from round 18 on.
PLANTED_BLIND11 = DATA / "planted_claims_blind11.jsonl"
BLIND11_SET = "blind U+V"
# Written before round 18 (03:05–03:15 UTC, Dec 4) by a data-only helper (batches W and X, pbW-… / pbX-…), kept from
# everyone who changed code until round 18 ended and measured in aggregate only: W 0.93 → 0.93 catch, X 0.87 → 0.87,
# false alarms 0.07 both (evals/data/README.md). The fresh figure of stop 29; tuning data from round 19 on.
PLANTED_BLIND12 = DATA / "planted_claims_blind12.jsonl"
BLIND12_SET = "blind W+X"
# Written before round 19 (07:05–07:12 UTC, Dec 4) by a data-only helper (batches Y and Z, pbY-… / pbZ-…), kept from
# everyone who changed code until round 19 ended and measured in aggregate only: Y 0.87 → 0.87 catch, Z 0.80 → 0.80,
# false alarms 0.07 both (evals/data/README.md). The fresh figure of stop 30; tuning data from round 20 on.
PLANTED_BLIND13 = DATA / "planted_claims_blind13.jsonl"
BLIND13_SET = "blind Y+Z"
# Written before round 20 (13:31–13:42 UTC, Dec 4) by a data-only helper (batches AA and AB, pbAA-… / pbAB-…), kept from
# everyone who changed code until round 20 ended and measured in aggregate only: AA 0.87 → 0.87 catch, AB 0.80 → 0.80,
# false alarms 0.13 / 0.07 (evals/data/README.md). The fresh figure of stop 31; tuning data from round 21 on.
PLANTED_BLIND14 = DATA / "planted_claims_blind14.jsonl"
BLIND14_SET = "blind AA+AB"
# Written before round 22 (15:53–15:57 UTC, Dec 4) by a data-only helper (batches AC and AD, pbAC-… / pbAD-…), kept from
# everyone who changed code until round 22 ended and measured in aggregate only: AC 0.93 → 0.93 catch, AD 0.87 → 0.87,
# false alarms 0.13 / 0.07 (evals/data/README.md). The fresh figure of stop 32; tuning data from round 23 on.
PLANTED_BLIND15 = DATA / "planted_claims_blind15.jsonl"
BLIND15_SET = "blind AC+AD"
# Written before round 23 (18:21–18:29 UTC, Dec 4) by a data-only helper (batches AE and AF, pbAE-… / pbAF-…), kept from
# everyone who changed code until round 23 ended and measured in aggregate only: AE 0.87 → 0.87 catch, AF 0.87 → 0.87,
# false alarms 0.07 / 0.13 (evals/data/README.md). The fresh figure of stop 33; tuning data from round 24 on.
PLANTED_BLIND16 = DATA / "planted_claims_blind16.jsonl"
BLIND16_SET = "blind AE+AF"
# Written before round 24 (21:03–21:11 UTC, Dec 4) by a data-only helper (batches AG and AH, pbAG-… / pbAH-…), kept from
# everyone who changed code until round 24 ended and measured in aggregate only: AG 0.87 → 0.87 catch, AH 0.87 → 0.87,
# false alarms 0.20 / 0.00 before and after (evals/data/README.md). The fresh figure of stop 34; tuning data from round 25 on.
PLANTED_BLIND17 = DATA / "planted_claims_blind17.jsonl"
BLIND17_SET = "blind AG+AH"
# Written before round 25 (23:49–23:55 UTC, Dec 4) by a data-only helper (batches AI and AJ, pbAI-… / pbAJ-…), kept from
# everyone who changed code until round 25 ended and measured in aggregate only: AI 0.93 → 0.93 catch, AJ 0.80 → 0.87,
# false alarms 0.13 / 0.20 before and after (evals/data/README.md). The fresh figure of stop 35; tuning data from round 26 on.
PLANTED_BLIND18 = DATA / "planted_claims_blind18.jsonl"
BLIND18_SET = "blind AI+AJ"
# Written before round 26 (02:15–02:25 UTC, Dec 5) by a data-only helper (batches AK and AL, pbAK-… / pbAL-…), kept from
# everyone who changed code until round 26 ended and measured in aggregate only: AK 0.93 → 0.93 catch, AL 1.00 → 1.00,
# false alarms 0.00 / 0.00 before and after (evals/data/README.md). The fresh figure of stop 36; tuning data from round 27 on.
PLANTED_BLIND19 = DATA / "planted_claims_blind19.jsonl"
BLIND19_SET = "blind AK+AL"
# Written before round 27 (06:20–06:30 UTC, Dec 5) by a data-only helper (batches AM and AN, pbAM-… / pbAN-…), kept from
# everyone who changed code until round 27 ended and measured in aggregate only: AM 0.87 → 0.87 catch, AN 0.80 → 0.80,
# false alarms 0.07 / 0.13 before and after (evals/data/README.md). The fresh figure of stop 37; tuning data from round 28 on.
PLANTED_BLIND20 = DATA / "planted_claims_blind20.jsonl"
BLIND20_SET = "blind AM+AN"
# Written before round 28 (09:00–09:35 UTC, Dec 5) by a data-only helper (batches AO and AP, pbAO-… / pbAP-…), kept from
# everyone who changed code until round 28 ended and measured in aggregate only: AO 0.87 → 0.87 catch, AP 0.87 → 0.87,
# false alarms 0.07 / 0.00 before and after (evals/data/README.md). The fresh figure of stop 38; tuning data from round 29 on.
PLANTED_BLIND21 = DATA / "planted_claims_blind21.jsonl"
BLIND21_SET = "blind AO+AP"
# Written before round 29 (11:15–11:19 UTC, Dec 5) by a data-only helper (batches AQ and AR, pbAQ-… / pbAR-…), kept from
# everyone who changed code until round 29 ended and measured in aggregate only: AQ 0.93 → 0.93 catch, AR 0.80 → 0.80,
# false alarms 0.13 / 0.00 before and after (evals/data/README.md). The fresh figure of stop 39; tuning data from round 30 on.
PLANTED_BLIND22 = DATA / "planted_claims_blind22.jsonl"
BLIND22_SET = "blind AQ+AR"
# Written before round 30 (13:44–13:48 UTC, Dec 5) by a data-only helper (batches AS and AT, pbAS-… / pbAT-…), kept from
# everyone who changed code until round 30 ended and measured in aggregate only: AS 0.87 → 0.87 catch, AT 0.87 → 0.87,
# false alarms 0.07 → 0.13 / 0.00 (evals/data/README.md). The fresh figure of stop 40; tuning data from round 31 on.
PLANTED_BLIND23 = DATA / "planted_claims_blind23.jsonl"
BLIND23_SET = "blind AS+AT"
# Written before round 31 (16:31–16:35 UTC, Dec 5) by a data-only helper (batches AU and AV, pbAU-… / pbAV-…), kept from
# everyone who changed code until round 31 ended and measured in aggregate only (evals/data/README.md). The fresh figure
# of stop 41; tuning data from round 32 on.
PLANTED_BLIND24 = DATA / "planted_claims_blind24.jsonl"
BLIND24_SET = "blind AU+AV"
# Written before round 32 (18:54–18:58 UTC, Dec 5) by a data-only helper (batches AW and AX, pbAW-… / pbAX-…), kept from
# everyone who changed code until round 32 ended and measured in aggregate only (evals/data/README.md). The fresh figure
# of stop 42; tuning data from round 33 on.
PLANTED_BLIND25 = DATA / "planted_claims_blind25.jsonl"
BLIND25_SET = "blind AW+AX"
# Written before round 33 (21:06–21:12 UTC, Dec 5) by a data-only helper (batches AY and AZ, pbAY-… / pbAZ-…), kept from
# everyone who changed code until round 33 ended and measured in aggregate only (evals/data/README.md). The fresh figure
# of stop 43; tuning data from round 34 on.
PLANTED_BLIND26 = DATA / "planted_claims_blind26.jsonl"
BLIND26_SET = "blind AY+AZ"
# Written before round 34 (23:30–23:37 UTC, Dec 5) by a data-only helper (batches BA and BB, pbBA-… / pbBB-…), kept from
# everyone who changed code until round 34 ended and measured in aggregate only (evals/data/README.md). The fresh figure
# of stop 44; tuning data from round 35 on.
PLANTED_BLIND27 = DATA / "planted_claims_blind27.jsonl"
BLIND27_SET = "blind BA+BB"
# Written before round 35 (01:36–01:45 UTC, Dec 6) by a data-only helper (batches BC and BD, pbBC-… / pbBD-…), kept from
# everyone who changed code until round 35 ended and measured in aggregate only (evals/data/README.md). The fresh figure
# of stop 45; tuning data from round 36 on.
PLANTED_BLIND28 = DATA / "planted_claims_blind28.jsonl"
BLIND28_SET = "blind BC+BD"
# Written before round 36 (04:18–04:23 UTC, Dec 6) by a data-only helper (batches BE and BF, pbBE-… / pbBF-…), kept from
# everyone who changed code until round 36 ended and measured in aggregate only (evals/data/README.md). The fresh figure
# of stop 46; tuning data from round 37 on.
PLANTED_BLIND29 = DATA / "planted_claims_blind29.jsonl"
BLIND29_SET = "blind BE+BF"
# Written before round 37 (06:33–06:39 UTC, Dec 6) by a data-only helper (batches BG and BH, pbBG-… / pbBH-…), kept from
# everyone who changed code until round 37 ended and measured in aggregate only (evals/data/README.md). The fresh figure
# of stop 47; tuning data from round 38 on.
PLANTED_BLIND30 = DATA / "planted_claims_blind30.jsonl"
BLIND30_SET = "blind BG+BH"
# Written before round 38 (09:23–09:35 UTC, Dec 6) by a data-only helper (batches BI and BJ, pbBI-… / pbBJ-…), kept from
# everyone who changed code until round 38 ended and measured in aggregate only (evals/data/README.md). The fresh figure
# of stop 48; tuning data from round 39 on.
PLANTED_BLIND31 = DATA / "planted_claims_blind31.jsonl"
BLIND31_SET = "blind BI+BJ"
# Written before round 39 (12:09–12:14 UTC, Dec 6) by a data-only helper (batches BK and BL, pbBK-… / pbBL-…), kept from
# everyone who changed code until round 39 ended and measured in aggregate only (evals/data/README.md). The fresh figure
# of stop 49; tuning data from round 40 on.
PLANTED_BLIND32 = DATA / "planted_claims_blind32.jsonl"
BLIND32_SET = "blind BK+BL"
# Written before round 40 (14:55–15:00 UTC, Dec 6) by a data-only helper (batches BM and BN, pbBM-… / pbBN-…), kept from
# everyone who changed code until round 40 ended and measured in aggregate only (evals/data/README.md). The fresh figure
# of stop 50; tuning data from round 41 on.
PLANTED_BLIND33 = DATA / "planted_claims_blind33.jsonl"
BLIND33_SET = "blind BM+BN"
# Written before round 41 (17:36–17:41 UTC, Dec 6) by a data-only helper (batches BO and BP, pbBO-… / pbBP-…), kept from
# everyone who changed code until round 41 ended and measured in aggregate only (evals/data/README.md). The fresh figure
# of stop 51; tuning data from round 42 on.
PLANTED_BLIND34 = DATA / "planted_claims_blind34.jsonl"
BLIND34_SET = "blind BO+BP"
# Written before round 42 (19:58–20:03 UTC, Dec 6) by a data-only helper (batches BQ and BR, pbBQ-… / pbBR-…), kept from
# everyone who changed code until round 42 ended and measured in aggregate only (evals/data/README.md). The fresh figure
# of stop 52; tuning data from round 43 on.
PLANTED_BLIND35 = DATA / "planted_claims_blind35.jsonl"
BLIND35_SET = "blind BQ+BR"
# Written before round 43 (22:32–22:38 UTC, Dec 6) by a data-only helper (batches BS and BT, pbBS-… / pbBT-…), kept from
# everyone who changed code until round 43 ended and measured in aggregate only (evals/data/README.md). The fresh figure
# of stop 53; tuning data from round 44 on.
PLANTED_BLIND36 = DATA / "planted_claims_blind36.jsonl"
BLIND36_SET = "blind BS+BT"
# Written before round 44 (01:02–01:08 UTC, Dec 7) by a data-only helper (batches BU and BV, pbBU-… / pbBV-…), kept from
# everyone who changed code until round 44 ended and measured in aggregate only (evals/data/README.md). The fresh figure
# of stop 54; tuning data from round 45 on.
PLANTED_BLIND37 = DATA / "planted_claims_blind37.jsonl"
BLIND37_SET = "blind BU+BV"
# Written before round 45 (03:48–03:54 UTC, Dec 7) by a data-only helper (batches BW and BX, pbBW-… / pbBX-…), kept from
# everyone who changed code until round 45 ended and measured in aggregate only (evals/data/README.md). The fresh figure
# of stop 55; tuning data from round 46 on.
PLANTED_BLIND38 = DATA / "planted_claims_blind38.jsonl"
BLIND38_SET = "blind BW+BX"
# Written before round 46 (06:10–06:22 UTC, Dec 7) by a data-only helper (batches BY and BZ, pbBY-… / pbBZ-…), kept from
# everyone who changed code until round 46 ended and measured in aggregate only (evals/data/README.md). The fresh figure
# of stop 56; tuning data from round 47 on.
PLANTED_BLIND39 = DATA / "planted_claims_blind39.jsonl"
BLIND39_SET = "blind BY+BZ"
# Written before round 47 (08:31–08:39 UTC, Dec 7) by a data-only helper (batches CA and CB, pbCA-… / pbCB-…), kept from
# everyone who changed code until round 47 ended and measured in aggregate only (evals/data/README.md). The fresh figure
# of stop 57; tuning data from round 48 on.
PLANTED_BLIND40 = DATA / "planted_claims_blind40.jsonl"
BLIND40_SET = "blind CA+CB"
# Written before round 48 (09:51–09:57 UTC, Dec 7) by a data-only helper (batches CC and CD, pbCC-… / pbCD-…), kept from
# everyone who changed code until round 48 ended and measured in aggregate only (evals/data/README.md). The fresh figure
# of stop 57's second round; tuning data from round 49 on.
PLANTED_BLIND41 = DATA / "planted_claims_blind41.jsonl"
BLIND41_SET = "blind CC+CD"
# Written before round 49 (11:01–11:08 UTC, Dec 7) by a data-only helper (batches CE and CF, pbCE-… / pbCF-…), kept from
# everyone who changed code until round 49 ended and measured in aggregate only (evals/data/README.md). The fresh figure
# of stop 58; tuning data from round 50 on.
PLANTED_BLIND42 = DATA / "planted_claims_blind42.jsonl"
BLIND42_SET = "blind CE+CF"
# Written before round 50 (13:52–13:56 UTC, Dec 7) by a data-only helper (batches CG and CH, pbCG-… / pbCH-…), kept from
# everyone who changed code until round 50 ended and measured in aggregate only (evals/data/README.md). The fresh figure
# of stop 59; tuning data from round 51 on.
PLANTED_BLIND43 = DATA / "planted_claims_blind43.jsonl"
BLIND43_SET = "blind CG+CH"
# Written before round 51 (15:11–15:18 UTC, Dec 7) by a data-only helper (batches CI and CJ, pbCI-… / pbCJ-…), kept from
# everyone who changed code until round 51 ended and measured in aggregate only (evals/data/README.md). The fresh figure
# of round 51 (stop 59); tuning data from round 52 on.
PLANTED_BLIND44 = DATA / "planted_claims_blind44.jsonl"
BLIND44_SET = "blind CI+CJ"
# Written before round 52 (16:57–17:01 UTC, Dec 7) by a data-only helper (batches CK and CL, pbCK-… / pbCL-…), kept from
# everyone who changed code until round 52 ended and measured in aggregate only (evals/data/README.md). The fresh figure
# of round 52 (stop 60); tuning data from round 53 on.
PLANTED_BLIND45 = DATA / "planted_claims_blind45.jsonl"
BLIND45_SET = "blind CK+CL"
# Written before round 53 (18:09–18:13 UTC, Dec 7) by a data-only helper (batches CM and CN, pbCM-… / pbCN-…), kept from
# everyone who changed code until round 53 ended and measured in aggregate only (evals/data/README.md). The fresh figure
# of round 53 (stop 60); tuning data from round 54 on.
PLANTED_BLIND46 = DATA / "planted_claims_blind46.jsonl"
BLIND46_SET = "blind CM+CN"
# Written before round 54 (20:10–20:30 UTC, Dec 7) by a data-only helper (batches CO and CP, pbCO-… / pbCP-…), kept from
# everyone who changed code until round 54 ended and measured in aggregate only (evals/data/README.md). The fresh figure
# of round 54 (stop 61); tuning data from round 55 on.
PLANTED_BLIND47 = DATA / "planted_claims_blind47.jsonl"
BLIND47_SET = "blind CO+CP"
# Written before round 55 (20:56–21:05 UTC, Dec 7) by two data-only helpers (batches CQ and CR, pbCQ-… / pbCR-…), kept
# from everyone who changed code until round 55 ended and measured in aggregate only (evals/data/README.md). The fresh
# figure of round 55 (stop 61); tuning data from round 56 on.
PLANTED_BLIND48 = DATA / "planted_claims_blind48.jsonl"
BLIND48_SET = "blind CQ+CR"
# Written before round 14 (16:52–17:00 UTC) by a data-only helper (batches O and P, pbO-… / pbP-…), kept from everyone who
# changed code until round 14 ended and measured in aggregate only: O 0.67 → 0.73 catch, P 0.73 → 0.73, false alarms 0.07
# both, before and after round 14 (evals/data/README.md). The fresh figure of stop 27; tuning data from round 15 on.
PLANTED_BLIND8 = DATA / "planted_claims_blind8.jsonl"
BLIND8_SET = "blind O+P"
# Round 8's batches G and H (pbG-… / pbH-…), written after round 7 froze, measured once per state (0.60 / 0.70 caught
# after round 8); tuning data in round 9.
PLANTED_BLIND4 = DATA / "planted_claims_blind4.jsonl"
BLIND4_SET = "blind G+H (tuning)"
# Written before round 9 by a data-only helper (batches I and J, pbI-… / pbJ-…), kept from everyone who changed code
# until round 10 ended and measured in aggregate only: I 0.87 → 0.93 catch, J 0.93, false alarms 0.07 both, before and
# after rounds 9 and 10 (evals/data/README.md). The fresh figure of stop 24; a later round that tunes on it must say so.
PLANTED_BLIND5 = DATA / "planted_claims_blind5.jsonl"
BLIND5_SET = "blind I+J"

# Every claim file beside planted_claims.jsonl, in report order, by the name the report gives it.
CLAIM_SETS: tuple[tuple[str, Path], ...] = (
    ("holdout", PLANTED_HOLDOUT), (PROBE_SET, PLANTED_PROBE), (PROBE2_SET, PLANTED_PROBE2), (PROBE3_SET, PLANTED_PROBE3),
    (BLIND_SET, PLANTED_BLIND), (BLIND2_SET, PLANTED_BLIND2), (BLIND3_SET, PLANTED_BLIND3), (BLIND4_SET, PLANTED_BLIND4),
    (R9_SET, PLANTED_R9), (R9B_SET, PLANTED_R9B), (R10_SET, PLANTED_R10), (BLIND5_SET, PLANTED_BLIND5),
    (R11_SET, PLANTED_R11), (R11B_SET, PLANTED_R11B), (BLIND6_SET, PLANTED_BLIND6), (R12_SET, PLANTED_R12),
    (R13_SET, PLANTED_R13), (R13B_SET, PLANTED_R13B), (BLIND7_SET, PLANTED_BLIND7),
    (R14_SET, PLANTED_R14), (BLIND8_SET, PLANTED_BLIND8), (R15_SET, PLANTED_R15), (BLIND9_SET, PLANTED_BLIND9),
    (R16_SET, PLANTED_R16), (BLIND10_SET, PLANTED_BLIND10), (R17_SET, PLANTED_R17),
    (BLIND11_SET, PLANTED_BLIND11), (BLIND12_SET, PLANTED_BLIND12),
    (BLIND13_SET, PLANTED_BLIND13), (BLIND14_SET, PLANTED_BLIND14), (BLIND15_SET, PLANTED_BLIND15),
    (BLIND16_SET, PLANTED_BLIND16), (BLIND17_SET, PLANTED_BLIND17), (BLIND18_SET, PLANTED_BLIND18),
    (BLIND19_SET, PLANTED_BLIND19),
    (BLIND20_SET, PLANTED_BLIND20), (BLIND21_SET, PLANTED_BLIND21), (BLIND22_SET, PLANTED_BLIND22),
    (BLIND23_SET, PLANTED_BLIND23), (BLIND24_SET, PLANTED_BLIND24),
    (BLIND25_SET, PLANTED_BLIND25), (BLIND26_SET, PLANTED_BLIND26),
    (BLIND27_SET, PLANTED_BLIND27), (BLIND28_SET, PLANTED_BLIND28),
    (BLIND29_SET, PLANTED_BLIND29), (BLIND30_SET, PLANTED_BLIND30),
    (BLIND31_SET, PLANTED_BLIND31), (BLIND32_SET, PLANTED_BLIND32),
    (BLIND33_SET, PLANTED_BLIND33), (BLIND34_SET, PLANTED_BLIND34),
    (BLIND35_SET, PLANTED_BLIND35), (BLIND36_SET, PLANTED_BLIND36),
    (BLIND37_SET, PLANTED_BLIND37), (BLIND38_SET, PLANTED_BLIND38),
    (BLIND39_SET, PLANTED_BLIND39), (BLIND40_SET, PLANTED_BLIND40),
    (BLIND41_SET, PLANTED_BLIND41), (BLIND42_SET, PLANTED_BLIND42),
    (BLIND43_SET, PLANTED_BLIND43), (BLIND44_SET, PLANTED_BLIND44),
    (BLIND45_SET, PLANTED_BLIND45), (BLIND46_SET, PLANTED_BLIND46),
    (BLIND47_SET, PLANTED_BLIND47), (BLIND48_SET, PLANTED_BLIND48),
)


class ScriptedJudge(Verifier):
    """A second model that gives every claim the same verdict (it never looks at the text)."""

    name = "llm"

    def __init__(self, verdict: str):
        self.verdict = verdict

    def verify(self, question, draft, retrieval) -> Verification:
        return Verification(verifier=self.name, verdicts=[ClaimVerdict(claim=i, verdict=self.verdict, reason="scripted")
                                                          for i in range(len(draft.claims))])


def claim_case(item: dict, view, resolve):
    """(draft, retrieval) of one planted claim, or None when its clause is not indexed."""
    docs = sorted(resolve(item["law"]), reverse=True)
    clause = view.find_article(docs, int(item["article"]))
    if clause is None:
        return None
    clause = view.full_article(clause.chunk_id) or clause
    draft = Draft(text=f"{item['claim']}[1]", claims=[Claim(text=item["claim"], markers=[1])],
                  citations=[Citation.from_clause(1, clause)], generator="planted")
    return draft, Retrieval(query=item["claim"], hits=[Hit(clause=clause, score=1.0)])


def judge_claims(items: list[dict], grounding: Verifier, view, catalog) -> dict:
    resolve = law_resolver(catalog)
    rows = []
    for item in items:
        case = claim_case(item, view, resolve)
        if case is None:
            rows.append({"id": item["id"], "kind": item["kind"], "truth": item["truth"], "status": "missing"})
            continue
        draft, retrieval = case
        row = {"id": item["id"], "kind": item["kind"], "truth": item["truth"], "lang": item.get("lang")}
        grounded = grounding.verify(item["claim"], draft, retrieval)
        for judge in ("approve", "reject"):
            checks = [grounded, ScriptedJudge("supported" if judge == "approve" else "not_supported").verify("", draft, retrieval)]
            (verdict, reasons), = combine(checks, 1)
            claim = ClaimResult(text=item["claim"], markers=[1], verdict=verdict, reasons=reasons)
            row[judge] = answer_status([claim], checks)
            row[f"{judge}_reasons"] = reasons
        rows.append(row)
    return summarize(rows)


def summarize(rows: list[dict]) -> dict:
    judged = [r for r in rows if r.get("approve")]
    false, true = [r for r in judged if not r["truth"]], [r for r in judged if r["truth"]]
    by_kind: dict[str, list[dict]] = defaultdict(list)
    for r in false:
        by_kind[r["kind"]].append(r)

    def share(items, test):
        return sum(1 for r in items if test(r)) / len(items) if items else 0.0

    return {
        "n": len(judged),
        "n_false": len(false),
        "missing": [r["id"] for r in rows if r.get("status") == "missing"],
        "catch_rate": share(false, lambda r: r["approve"] != "verified"),
        "false_alarm": share(true, lambda r: r["approve"] == "contradicted"),
        "true_flagged": share(true, lambda r: r["approve"] != "verified"),
        "true_verified": share(true, lambda r: r["approve"] == "verified"),
        "reject_verified": share(judged, lambda r: r["reject"] == "verified"),
        "by_kind": {k: {"n": len(v), "caught": share(v, lambda r: r["approve"] != "verified"),
                        "contradicted": share(v, lambda r: r["approve"] == "contradicted")} for k, v in sorted(by_kind.items())},
        "escaped": [r["id"] for r in false if r["approve"] == "verified"],
        "false_alarms": [r["id"] for r in true if r["approve"] == "contradicted"],
        "rows": rows,
    }


def run_planted(assistant, path: Path = PLANTED, half: str | None = None) -> dict:
    from .datasets import split

    grounding = next(v for v in assistant.verifiers if v.name == "grounding")
    return judge_claims(split(load_jsonl(path), half), grounding, assistant.view, assistant.catalog)


def run_planted_sets(assistant, path: Path = PLANTED, others: tuple[tuple[str, Path], ...] = CLAIM_SETS) -> dict[str, dict]:
    """The tuning and check halves of the planted claims, then each other claim file whole (the held-out set, the probes
    and the blind batches, `CLAIM_SETS`, named as the report names them), without rows."""
    sets = {half: run_planted(assistant, path, half) for half in ("tune", "check")} if Path(path).is_file() else {}
    for name, other in others:
        if Path(other).is_file():
            sets[name] = run_planted(assistant, other)
    return {name: {k: v for k, v in result.items() if k != "rows"} for name, result in sets.items()}
