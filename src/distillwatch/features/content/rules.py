"""Per-event rules for distillation-specific prompt content.

Each rule is a set of parts run on the lower-cased, bounded prompt (and, where a
harvesting tool puts its instructions there, the system prompt): regex alternations of
phrasings, and co-occurrence parts (:class:`AllOf`) that need every piece of what a
harvesting request is made of, in any order; a literal gate skips the rows none of a
rule's parts can match. How far they reach on wording they were not written from is
measured on the held-out sets of ``benchmarks/heldout_phrases/``. The phrases describe
*why* such prompts differ from ordinary use -- they ask the model to externalise its
reasoning, to act as a reward model, to sanitise an answer, or to produce training
data for another model -- rather than memorising any one tool's wording, so they
carry over to tooling we have not seen. The decision is taken later on per-account
aggregates and coordination; a rule firing on one event is evidence, not a verdict.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Final

import polars as pl

from distillwatch.features.content.normalize import ascii_regex

# Gaps inside one clause (no sentence end, no newline). ``ascii_regex`` turns such long
# bounds into ``*``: the clause itself bounds the gap, and the DFA stays small.
_G = r"[^.!?\n]{0,60}?"
_GW = r"[^.!?\n]{0,140}?"


@dataclass(frozen=True, slots=True)
class AllOf:
    """A part that fires where every one of its patterns matches somewhere in the text.

    What a harvesting request is made of (a model's output named, an instruction to judge
    it, a score format) can come in any order and at any distance; one regex for every
    order and distance would be slow, and a phrase only catches one wording.
    """

    patterns: tuple[str, ...]


#: Every rule's sub-patterns by name (``rule#index``), so a hit can be explained.
RULE_PARTS: dict[str, str | AllOf] = {}


def _next_index(name: str) -> int:
    """The number the next part of rule ``name`` gets (parts number on across groups)."""
    return sum(1 for key in RULE_PARTS if key.rsplit("#", 1)[0] == name)


def _alt(name: str, *parts: str) -> str:
    """One regex alternation from several sub-patterns, with ASCII word boundaries; a
    rule's second alternation numbers its parts on from its first."""
    for i, p in enumerate(parts, _next_index(name)):
        RULE_PARTS[f"{name}#{i}"] = ascii_regex(p)
    return ascii_regex("(?:" + "|".join(f"(?:{p})" for p in parts) + ")")


def _all_of(name: str, *patterns: str) -> AllOf:
    """A conjunctive part of rule ``name``, numbered on from its alternations."""
    part = AllOf(tuple(ascii_regex(p) for p in patterns))
    RULE_PARTS[f"{name}#{_next_index(name)}"] = part
    return part


# ---------------------------------------------------------------- chain-of-thought
_COT_FULL = (
    r"full|complete|entire|whole|raw|unfiltered|internal|inner|hidden|private|underlying|"
    r"actual|real|verbatim|unabridged|uncensored|original"
)
_COT_OBJECT = (
    r"reasoning(?: process| trace| steps| chain)?|thinking(?: process)?|thought process|"
    r"chain[- ]of[- ]thoughts?|train of thought|thoughts|scratch ?pad|deliberations?|"
    r"inner monologue|internal monologue|cognitive process|mental process|working memory|"
    r"reasoning tokens|thinking tokens|hidden state"
)
COT_PATTERN = _alt(
    "sig_cot",
    # "write out your full/internal reasoning", "reveal your chain of thought"
    rf"\byour\s+(?:(?:{_COT_FULL})[\s,]+(?:and\s+)?){{1,3}}(?:{_COT_OBJECT})\b",
    # "reveal your chain of thought" / "dump your scratchpad" (intrinsically internal objects)
    r"\byour\s+(?:chain[- ]of[- ]thoughts?|scratch ?pad|inner monologue|internal monologue|reasoning tokens|thinking tokens|hidden thoughts|reasoning trace)\b",
    # reconstructing the reasoning behind a finished answer
    rf"\b(?:reconstruct|reverse[- ]engineer|recreate|rebuild|work backwards?|retrace|derive)\b{_GW}\b(?:reasoning|thought process|thinking|steps|derivation|chain of thought)\b",
    rf"\b(?:reasoning|thought process|thinking|steps)\b{_G}\b(?:that|which)\s+(?:would\s+)?(?:leads?|led|produced?|produces|arrives?|arrived|results?|resulted|yields?)\s+(?:to\s+|at\s+|in\s+)?(?:this|the|that)\s+(?:given\s+|final\s+|following\s+|above\s+)?(?:answer|solution|result|conclusion|output|response)\b",
    rf"\bgiven\s+(?:the|this)\s+(?:final\s+)?(?:answer|solution|output)\b{_GW}\b(?:write|produce|generate|explain|reconstruct)\b{_G}\b(?:reasoning|steps|thought process|derivation)\b",
    # exhaustive step-by-step demands
    r"\b(?:show|write out|include|list|explain)\b[^.!?\n]{0,30}?\b(?:all|every|each)\s+(?:single\s+)?(?:of\s+)?(?:your\s+|the\s+)?(?:intermediate|individual|internal)\s+(?:steps?|reasoning|thoughts?|calculations?)\b",
    r"\b(?:every|each)\s+(?:single\s+)?intermediate\s+(?:step|thought|calculation)\b",
    r"\bwithout\s+skipping\s+(?:any\s+)?(?:steps?|intermediate)\b",
    r"\bshow\s+all\s+(?:of\s+)?your\s+(?:work(?:ing)?|reasoning|thinking)\b[^.!?\n]{0,80}?\b(?:every|each|all|intermediate|in full|in detail|one step per line)\b",
    r"\bone (?:step|deduction|thought|inference) per line\b",
    r"\b(?:show|give|write(?: out)?|explain|present|lay out)\s+your\s+(?:reasoning|thinking|thought process|working|chain of thought)\s+(?:in full|in its entirety|verbatim|without omitting|without skipping|completely)\b",
    r"\bdebug(?:ging)?\s+your\s+(?:thinking|reasoning|thought process|thoughts)\b",
    r"\bnarrat\w*\s+(?:each|every|all)\s+(?:of\s+)?(?:your\s+)?(?:reasoning\s+steps?|thoughts?|deductions?)\b",
    r"\b(?:showing|show|state|write out)\s+(?:each|every)\s+(?:single\s+)?(?:deduction|inference)\b",
    # "translate your working memory", "think out loud verbatim"
    r"\b(?:translate|convert|render|transcribe|dump|print)\s+(?:your|the model'?s)\s+(?:working memory|internal state|hidden state|latent|thoughts)\b",
    r"\bthink (?:out loud|aloud)\b[^.!?\n]{0,60}?\b(?:every|all|verbatim|full|entire|each)\b",
    r"<think(?:ing)?>|\bthinking tags?\b|\breasoning_content\b",
    # fake debugging sessions and system-prompt extraction
    r"\b(?:debug(?:ging)? (?:mode|session|purposes?)|diagnostic mode|developer mode|maintenance mode)\b[^\n]{0,160}?\b(?:reasoning|thoughts?|thinking|system prompt|instructions|internal|hidden|state)\b",
    r"\b(?:your|the)\s+(?:real|actual|true|original|full|complete|exact|hidden|secret|initial|underlying|verbatim)\s+(?:system\s+(?:prompt|message|instructions?)|pre-?prompt|hidden instructions)\b",
    r"\b(?:repeat|print|output|reveal|show|display|recite|dump)\b[^.!?\n]{0,40}?\b(?:system (?:prompt|message)|instructions (?:above|you were given|you received)|(?:text|words|everything) above)\b",
    # the same demands in other languages (campaigns ask in the user's language)
    r"(?:写出|展示|输出|给出|列出|还原|重建|复述|说明|呈现)[^。！？\n]{0,24}?(?:完整|全部|内部|真实|原始|所有)[^。！？\n]{0,8}?(?:推理|思考|思维)(?:过程|链|步骤)",
    r"(?:razonamiento|proceso de pensamiento|cadena de pensamiento)\s+(?:completo|interno|detallado|paso a paso)|(?:raisonnement|processus de réflexion)\s+(?:complet|interne|détaillé)|(?:vollständigen|gesamten|internen)\s+(?:denkprozess|gedankengang|argumentationsweg)",
)
# The answer formats of reasoning-data generators: the reasoning written out, then a
# separately marked answer that a harvesting script can cut off and check. A second
# alternation of the same rule: one automaton for both ran at half the speed of two.
COT_FORMAT_PATTERN = _alt(
    "sig_cot",
    r"\bstep[- ]by[- ]step\b[^\n]{0,160}?\bfinal\s+answer\b|\bfinal\s+answer\b[^\n]{0,160}?\bstep[- ]by[- ]step\b",
    r"[\\]boxed\{",
    r"\b(?:explain|show|give|write(?:\s+out)?|provide|present|lay\s+out|describe|output)\s+(?:your\s+|the\s+|a\s+|all\s+)?(?:(?:detailed|full|complete|thorough|explicit|step[- ]by[- ]step)\s+)?(?:reasoning|rationale|thinking|thought\s+process|derivation|justification)\b[^.!?\n]{0,60}?\b(?:before|then|followed\s+by|prior\s+to)\b[^.!?\n]{0,40}?\b(?:answer|conclusion|verdict)\b",
    r"\b(?:think|reason)\s+(?:out\s+loud|aloud|through\s+(?:it|this|the\s+problem))\b[^\n]{0,80}?\bthen\s+(?:\w+\s+){0,3}?answer\b",
    r"[\"'](?:reasoning|rationale|thoughts?|thinking|chain_of_thought)[\"']\s*:[^\n]{0,120}?[\"'](?:answer|final_answer|label|output|verdict)[\"']|\b(?:reasoning|rationale)[\"']?\s+(?:field|key|property)\b",
    r"\b(?:reasoning|thinking|thought)\s+traces?\b",
    r"\b(?:justify|justifying)\s+(?:each|every)\s+step\b|\b(?:each|every)\s+step\s+justified\b",
)

# Rationale harvesting: reasoning written for a given answer, reasoning and answer in
# labelled slots, or a marked answer after step-by-step work (a third alternation).
_GIVEN_ANSWER = (
    r"(?:this|that|the\s+(?:same|given|provided|correct|gold|reference|known|stated)|given|provided)"
    r"\s+(?:final\s+|correct\s+|given\s+)?(?:answer|solution|result|label)"
)
COT_RATIONALE_PATTERN = _alt(
    "sig_cot",
    rf"\b(?:write|generate|produce|create|provide|give|restore|fill\s+in|complete|supply|explain)\b{_G}\b(?:reasoning(?:\s+steps)?|chain[- ]of[- ]thoughts?|rationales?|derivation|solution\s+steps|thought\s+process|intermediate\s+steps)\b{_GW}\b(?:leads?|leading|reach\w*|arriv\w*|ending|ends|justif\w*|gets?|explains?)\b[^.!?\n]{{0,60}}?\b{_GIVEN_ANSWER}\b",
    r"\b(?:reasoning|rationale|chain[- ]of[- ]thought|thought\s+process|step[- _]by[- _]step[- _]reasoning|explanation|thinking)\**\s*[:(][^\n]{0,200}(?:\n[^\n]{0,200}){0,3}?\b(?:final[ _]answer|answer)\**\s*[:(]",
    r"\bstep[- _]by[- _]step[- _]reasoning\b[^\n]{0,40}?\bfinal[ _]answer\b",
    r"\bstep[- ]by[- ]step\b[^\n]{0,200}?(?:[\"'“](?:the\s+)?(?:final\s+)?answer(?:\s+is)?\s*[:\"'”]|\bfinal\s+(?:\w+\s+){1,2}answer\b|####)",
    r"####\s*<\s*(?:number|answer|final|numeric|result)",
    r"\b(?:explain|show|give|write(?:\s+out)?|provide|present|lay\s+out|describe|output|generat\w*)\s+(?:first\s+)?(?:your\s+|the\s+|a\s+|all\s+)?(?:(?:detailed|full|complete|thorough|explicit|step[- ]by[- ]step)\s+)?(?:\w+\s+)?(?:reasoning|rationale|thought\s+process|derivation|justification)\b[^.!?\n]{0,80}?\b(?:before|then|followed\s+by|prior\s+to)\b[^.!?\n]{0,40}?\b(?:output|select\w*|choos\w*|label|letter|choice|classification|option)\b",
    r"\b(?:step[- ]by[- ]step|detailed)\s+(?:explanation|solution|derivation)\b[^.!?\n]{0,80}?\b(?:before|then|followed\s+by|prior\s+to)\b[^.!?\n]{0,60}?\banswer\b",
    r"\breason\s+through\b[^\n]{0,100}?\bthen\s+(?:\w+\s+){0,3}?(?:output|letter|label|choice|verdict)\b",
)

# The same demands in the user's language (the threat brief: reasoning coerced "in the
# user's language"): Chinese, Russian, Spanish, Portuguese, French, Italian, German.
# ASCII \b and \w do not see these scripts, so letters are spelled out.
_RU = r"[а-яё]"
COT_LANG_PATTERN = _alt(
    "sig_cot",
    r"(?:一步一步|逐步|分步|每一步)[^。！？\n]{0,30}?(?:思考|推理|推导|思路)[^\n]{0,80}?(?:最终答案|最后答案|答案[：:]|给出答案|得出(?:该|这个)?答案)",
    r"(?:推理|思考|解题)(?:过程|思路|步骤)[^\n]{0,80}?(?:最终答案|答案[：:]|得出(?:该|这个|此)?答案)",
    r"(?:补全|还原|重建|写出|给出)[^。！？\n]{0,20}?(?:详细|完整|全部)[^。！？\n]{0,8}?(?:解题思路|推理过程|思考过程|推导过程|推理步骤)",
    rf"(?:покажи|распиш|расписыва|восстанови|выпиши|изложи){_RU}*[^.!?\n]{{0,60}}?(?:ход{_RU}*\s+мысл|рассуждени|цепочк{_RU}*\s+рассужд)[^\n]{{0,60}}?(?:полност|подробн|кажд|шаг|ничего не сокращ)",
    rf"(?:полн{_RU}*|подробн{_RU}*|кажд{_RU}*\s+шаг{_RU}*)\s+(?:цепочк{_RU}*\s+)?рассуждени",
    r"(?:piensa|pensá|pense|pensez|pensa)\s+(?:en|em|à|ad)\s+(?:voz|voix|alta\s+voce)|à voix haute|denke?\s+laut|laut\s+denken",
    r"[\"'“«](?:razonamiento|raisonnement|begründung|denkprozess|raciocínio|ragionamento|рассуждени[а-яё]*|思考过程|推理过程|推理|思路)[\"'”»][^\n]{0,160}?[\"'“«](?:respuesta\w*|r[ée]ponse\w*|antwort|resposta\w*|risposta\w*|ответ|最终答案|答案)",
)

# Follow-up turns asking for the thinking behind the answer just given: what went through
# the model's mind, what it weighed and rejected, the steps it skipped (a harvest run as
# human-looking conversations, in English, Japanese, Korean and Chinese). A conjunctive
# part: its own literals first, so its regexes run only on the gated rows holding one
# (`--rule-cpu /tmp/h401`, alternated: rule_frame 3.96-4.37 CPU s against 4.25-4.42 as a
# plain alternation; CoT flags identical on 251k prompts).
_REVEAL_LITERALS = (
    "through your|what you|scratch|alternatives|options|approaches|possibilities|part of your|"
    "you skipped|you left out|you glossed|you omitted|before you|머릿속|생각|사고|추론|단계|"
    "思考|考え|頭の中|推論|你|您"
)
_REVEAL_ASKS = (
    r"\b(?:went|was going|goes|going)\s+through\s+your\s+(?:mind|head)\b",
    r"\b(?:spell|write|lay|set)\s+out\s+what\s+you\s+(?:were\s+)?(?:weigh|consider|think)\w*",
    r"\byour\s+scratch\s*work\b",
    r"\b(?:alternatives|options|approaches|possibilities)\s+(?:did\s+)?you\s+(?:considered?|weigh(?:ed)?|explored?|tried)\s+and\s+(?:then\s+)?(?:reject|discard|dismiss|rule)",
    r"\b(?:write|spell|lay|show|walk)\b[^.!?\n]{0,20}?\bpart\s+of\s+your\s+(?:thinking|reasoning|thought\s+process)\b",
    r"\b(?:show|write|fill\s+in|spell\s+out|walk\s+me\s+through)\b[^.!?\n]{0,30}?\b(?:steps?|parts?|thinking|reasoning)\s+(?:that\s+)?you\s+(?:skipped|left\s+out|glossed\s+over|omitted)\b",
    r"\bbefore\s+you\s+(?:settled\s+on|arrived\s+at|landed\s+on|committed\s+to)\s+(?:the|your|that|an?)\s+(?:final\s+)?(?:answer|conclusion|solution)\b",
    r"머릿속[^.!?\n]{0,30}?(?:과정|생각)",
    r"(?:사이의|중간의?|모든)\s?(?:생각|사고|추론)[^.!?\n]{0,20}?(?:보여|적어|써)",
    r"(?:각\s?단계|단계별로)[^.!?\n]{0,20}?(?:무엇을|어떤\s?것을)\s?(?:고려|생각)",
    r"(?:사고|추론|생각의|생각한)\s?과정[^.!?\n]{0,30}?(?:그대로|전부|모두|빠짐없이|보여|적어|써)",
    r"(?:思考|考えていた|考えたこと|頭の中)[^。！？\n]{0,30}?(?:書き出|書いて|見せて|省略せず)",
    r"(?:思考|推論)(?:過程|プロセス)",
    r"(?:你|您)的?(?:思考|思维|推理)(?:过程)?[^。！？\n]{0,20}?(?:写出来|写下来|展示出来|说出来|列出来)",
)
COT_REVEAL_PATTERN = _all_of(
    "sig_cot", _REVEAL_LITERALS, "|".join(f"(?:{p})" for p in _REVEAL_ASKS)
)

# ---------------------------------------------------------------- grading / preference
_RESP = r"responses?|answers?|completions?|outputs?|replies|reply|generations?|assistants?|submissions?|summar(?:y|ies)|translations?"
GRADING_PATTERN = _alt(
    "sig_grading",
    r"\b(?:act|serve|behave)\s+as\s+(?:an?\s+)?(?:impartial|neutral|objective|fair|strict|expert|unbiased)\s+(?:judge|grader|evaluator|rater|assessor|reviewer)\b",
    r"\byou are\s+(?:an?\s+)?(?:impartial|neutral|objective|fair|strict|unbiased)?\s*(?:judge|grader|evaluator|rater|reward model|annotator)\b[^.!?\n]{0,80}?\b(?:response|answer|completion|output|assistant)",
    rf"\bwhich\s+(?:of\s+(?:the|these)\s+)?(?:two\s+|following\s+|three\s+)?(?:{_RESP})\b[^.!?\n]{{0,40}}?\b(?:is|was)\s+(?:better|best|more\s+\w+|preferable|preferred|superior|worse)\b",
    rf"\b(?:compare|evaluate|judge|assess|rank)\b[^.!?\n]{{0,40}}?\b(?:the\s+)?(?:two|both|following|these)\s+(?:ai\s+|model\s+|candidate\s+|assistant\s+)?(?:{_RESP})\b",
    rf"\b(?:rate|score|grade|evaluate|judge|assess|rank|examine)\b[^.!?\n]{{0,40}}?\b(?:the|this|each|both|following|these|assistant'?s|model'?s|ai'?s)\s+(?:ai\s+|model\s+|candidate\s+|generated\s+)?(?:{_RESP})\b(?:[^'’\n]|$)[^\n]{{0,120}}?\b(?:scale|rubric|criteria|criterion|score|points?|rating|likert|1\s*(?:-|to)\s*(?:5|10|100)|0\s*(?:-|to)\s*(?:1|10|100))\b",
    r"\b(?:using|according to|based on|against)\s+(?:the\s+|this\s+|a\s+|following\s+)*(?:scoring\s+|grading\s+|evaluation\s+)?rubric\b",
    r"\brubric\b[^\n]{0,120}?\b(?:score|grade|rate|points?)\b[^\n]{0,120}?\b(?:response|answer|completion|output)\b",
    r"\[\[(?:a|b|c|\d+(?:\.\d+)?)\]\]|\brating:\s*\[\[|\bfinal verdict\b[^\n]{0,80}?(?:\[\[|assistant a|response a|\btie\b)",
    r"\b(?:response|answer|completion|assistant)\s+(?:a|1)\s*(?:\]|:|\n|'s)[\s\S]{0,1500}?\b(?:response|answer|completion|assistant)\s+(?:b|2)\s*(?:\]|:|\n|'s)[\s\S]{0,1500}?\b(?:better|prefer|preferred|preference|which one|winner|verdict|choose|pick)\b",
    r"\bthe (?:start|end) of (?:assistant [ab12]'?s? (?:answer|response|conversation)|(?:the )?reference answer)\b",
    r"\b(?:output|return|respond with|reply with)\s+(?:only\s+)?(?:a|the|your)\s+(?:single\s+)?(?:numeric(?:al)?\s+)?(?:score|rating|reward)\b[^.!?\n]{0,40}?\b(?:between|from|in)\s+(?:-?\d+(?:\.\d+)?)\s*(?:and|to|-)\s*\d+",
    r"\b(?:you are|act as|serve as|behave (?:as|like))\s+(?:an?\s+)?(?:reward model|preference model|reward function|preference annotator)\b",
    r"\b(?:rank|rate|score|examine)\b[^\n]{0,40}?\b(?:response|answer|completion|output)\b[^\n]{0,40}?\bscore\s+(?:between|from|of)\s+\d+\s*(?:and|to|-)\s*\d+",
    r"\bhelpfulness,\s*(?:relevance|harmlessness|honesty|accuracy)\b",
)
# Pairwise and list-wise preference, and grading a given answer, however worded (a second
# alternation of the rule, for speed as above).
PREFERENCE_PATTERN = _alt(
    "sig_grading",
    rf"\b(?:{_RESP}|option)\s+(?:a|1)\b[^\n]{{0,200}}?\b(?:{_RESP}|option)\s+(?:b|2)\b[^\n]{{0,300}}?\b(?:prefer\w*|better|which\s+one|winner|choose)\b",
    rf"\b(?:{_RESP})\b[^\n]{{0,80}}?\brank\b[^\n]{{0,40}}?\bbest\s+to\s+worst\b|\brank\b[^\n]{{0,40}}?\b(?:{_RESP})\b[^\n]{{0,40}}?\bbest\s+to\s+worst\b|\brank\s+(?:these|the\s+following|them|the)\s+(?:\w+\s+)?(?:candidate\s+)?(?:responses|answers|completions|outputs|candidates|generations|replies)\b",
    rf"\bgrade\s+(?:the|this)\s+(?:student'?s\s+|model'?s\s+|following\s+|assistant'?s\s+)?(?:{_RESP})\b[^\n]{{0,80}}?\b(?:correct|incorrect|partially|score|points?|pass|fail)\b",
    rf"\b(?:{_RESP})\b[^\n]{{0,150}}?\b(?:give|assign|provide|output)\s+(?:it\s+)?(?:a|an)\s+(?:\d+\s*(?:-|to)\s*\d+\s+)?(?:quality\s+|overall\s+|numeric\s+)?(?:score|rating)\b",
    r"\b(?:humans?|annotators?|raters?|users?)\s+would\s+prefer\b",
)

# Judging a model's output: the output is named as a
# model's, bot's or assistant's (a teacher's or recruiter's grading is not), plus
# best-of-n selection, reference matching and step-level labels (a third alternation).
_BOT_OUT = (
    r"(?:the|this|each|every|an?|its)\s+(?:following\s+|last\s+|final\s+|given\s+)?"
    r"(?:model|assistant|ai|bot|chatbot|llm|sampled|generated)(?:'s)?\s+(?:final\s+|last\s+)?"
    r"(?:responses?|answers?|outputs?|replies|reply|utterances?|turns?|completions?)"
)
_JUDGE = (
    r"rat(?:e|es|ing)|scor\w*|grad(?:e|ing)|judg\w*|evaluat\w*|assess\w*|annotat\w*|"
    r"label\w*|classif\w*|compar\w*|critiqu\w*|reward"
)
JUDGE_PATTERN = _alt(
    "sig_grading",
    # one direction only: the reverse order cost as much as the rest of the rule together
    rf"\b(?:{_JUDGE})\b[^.!?\n]{{0,80}}?\b{_BOT_OUT}\b",
    r"\b(?:select|choose|pick|identify)\s+(?:the\s+)?(?:single\s+)?(?:best|worst|better)\s+(?:\w+\s+)?(?:responses?|completions?|outputs?|replies|reply|generations?)\b",
    rf"\bcompare\s+(?:the\s+)?(?:{_RESP})\s+(?:a|1)\s+(?:and|with|to|vs\.?|versus)\s+(?:(?:{_RESP})\s+)?(?:b|2)\b|[\"']?response_[ab][\"']?[^\n]{{0,200}}?\bresponse_[ab]\b",
    rf"\b(?:reference|gold|ground[- ]truth)\s+(?:answer|response|solution|output)\b[^\n]{{0,160}}?\b(?:{_JUDGE}|match\w*|equivalent|correct|incorrect)\b|\b(?:{_JUDGE}|match\w*|equivalent)\b[^\n]{{0,160}}?\b(?:reference|gold|ground[- ]truth)\s+(?:answer|response|solution)\b",
    r"\b(?:each|every)\s+step\b[^\n]{0,120}?(?:\+1|-1\b|\blabel\b)",
)

# ---------------------------------------------------------------- policy-sensitive rewrites
_REWRITE = r"re-?writ\w*|revis\w*|rephras\w*|reword\w*|redo|redone|edit(?:s|ed|ing)?|modif\w*|adjust\w*|saniti[sz]\w*|tone down|soften\w*|neutrali[sz]\w*|transform\w*|convert\w*|regenerat\w*"
_SAFE = (
    r"safe|safer|harmless|non-?controversial|less controversial|inoffensive|policy[- ]compliant|"
    r"compliant with (?:our |the )?(?:content|usage|safety|moderation) (?:polic(?:y|ies)|guidelines|rules)|appropriate for (?:all|a general)|politically (?:neutral|correct|acceptable|safe)|"
    r"sanitized|sanitised|censored|align(?:s|ed)? with (?:\w+ )?(?:policy|policies|guidelines|values)|"
    r"(?:content|safety|usage) polic(?:y|ies)|(?:content|safety|community|usage) (?:guidelines|standards|rules)|"
    r"acceptable use|within (?:the )?guidelines|"
    r"refus(?:e|al)|harmful content removed|non-?sensitive|officially acceptable|government[- ]approved"
)
_NEUTRAL = r"neutral|balanced|objective|impartial|even-?handed|unbiased|apolitical|diplomatic"
_SENSITIVE = (
    r"politic(?:al|s|ally)|sensitive|controversial|censor|propaganda|election|government|regime|"
    r"party line|communist|protest|human rights|sovereignty|taiwan|tibet|xinjiang|uyghur|tiananmen|"
    r"hong kong|crimea|genocide|extremis[mt]|terroris[mt]|religio(?:n|us)|abortion|immigration|"
    r"weapons?|drugs?|self-harm|suicide|hate speech|dangerous|unsafe|harmful|jailbreak|safety"
)
_OBJ = r"(?:answer|response|reply|completion|output|text|statement|paragraph|passage)s?"
_MODEL_OUT = r"(?:answer|response|reply|completion|output|refusal)s?"
POLICY_REWRITE_PATTERN = _alt(
    "sig_policy_rewrite",
    rf"\b(?:{_REWRITE})\b[^.!?\n]{{0,100}}?\b{_OBJ}\b[^.!?\n]{{0,140}}?\b(?:{_SAFE})\b",
    rf"\b(?:{_REWRITE})\b[^.!?\n]{{0,100}}?\b(?:into|to be|as|so (?:that )?it(?: is|'s)?)\s+(?:an?\s+|more\s+|fully\s+|completely\s+)*(?:{_SAFE})\b[^.!?\n]{{0,40}}?\b(?:version|answer|response|reply|one|form|way)?",
    rf"\b(?:safe|safer|sanitized|sanitised|harmless|compliant|censored|neutral|balanced)\s+version\s+of\b[^.!?\n]{{0,80}}?\b{_OBJ}\b",
    rf"\b(?:{_REWRITE})\b[^.!?\n]{{0,100}}?\b{_OBJ}\b[^.!?\n]{{0,140}}?\b(?:{_NEUTRAL})\b[^.!?\n]{{0,200}}?\b(?:{_SENSITIVE})\b",
    rf"\b(?:{_REWRITE})\b[^.!?\n]{{0,100}}?\b{_OBJ}\b[^.!?\n]{{0,140}}?\b(?:{_SENSITIVE})\b[^.!?\n]{{0,200}}?\b(?:{_NEUTRAL})\b",
    r"\b(?:safe|safer|sanitized|sanitised|harmless|compliant|censored|neutral|balanced|inoffensive)['\"’]?\s+(?:re-?write|rewording|revision|rephrasing|edit)\s+of\b",
    rf"\bversion of\b[^.!?\n]{{0,40}}?\b{_OBJ}\b[^.!?\n]{{0,140}}?\b(?:{_SAFE})\b",
    rf"\b(?:{_SENSITIVE})\b[^.!?\n]{{0,200}}?\b(?:{_REWRITE})\b[^.!?\n]{{0,100}}?\b{_OBJ}\b[^.!?\n]{{0,140}}?\b(?:{_NEUTRAL})\b",
    rf"\b(?:unsafe|harmful|toxic|original|rejected|problematic)\s+(?:answer|response|reply|completion|output)\b[^.!?\n]{{0,160}}?\b(?:{_REWRITE})\b",
    rf"\b(?:{_OBJ}|{_SENSITIVE})\b[^.!?\n]*(?:[.!?][^.!?\n]*)?\b(?:make|render|turn)\s+(?:it|this|them)\s+(?:more\s+|fully\s+|completely\s+)?(?:{_SAFE})\b",
    # a model's answer or refusal made neutral, less sensitive, or scrubbed of what a
    # moderator would flag
    rf"\b(?:{_MODEL_OUT})\b[^.!?\n]*(?:[.!?;][^.!?\n]*)?\b(?:make|render|turn)\s+(?:it|this|them)\s+(?:more\s+|fully\s+|completely\s+)?(?:{_NEUTRAL}|less\s+(?:politically\s+)?(?:political|sensitive|controversial|biased|one-sided|provocative))\b",
    rf"\b(?:{_REWRITE})\b[^.!?\n]{{0,100}}?\b{_OBJ}\b[^.!?\n]{{0,160}}?\bless\s+(?:politically\s+)?(?:sensitive|controversial|provocative|critical|political|offensive|biased)\b",
    r"\brefusals?\b[^.!?\n]{0,80}?\b(?:into|to)\s+(?:an?\s+)?(?:helpful|compliant|useful|complete|full)\b",
    rf"\b(?:{_REWRITE})\b[^.!?\n]{{0,100}}?\b{_OBJ}\b[^.!?\n]{{0,100}}?\b(?:remove|strip|delete|cut)\b[^.!?\n]{{0,80}}?\b(?:moderators?|censors?|flag\w*|objectionable|sensitive|controversial|offensive|polic(?:y|ies))\b",
)

# A model's answer rewritten to a political or regulatory line: the target itself names the
# sensitivity (an official position, a misinformation or extremism policy, a content or
# national-security requirement), so a support reply rewritten to a refund policy is not one.
_LINE = (
    r"(?:official|government'?s?|state|party'?s?|governmental)\s+(?:\w+\s+)?(?:position|terminology|narrative|line|characteri[sz]ation|view|stance|wording)"
    r"|(?:misinformation|disinformation|hate[- ]speech|extremis\w*|extremist|violent|weapons?|election[- ]integrity|neutrality|political|geopolitical|medical[- ]misinformation)\S*\s+(?:\w+\s+)?(?:polic(?:y|ies)|guidelines?|rules|requirements)"
    r"|content\s+(?:requirements|regulations|guidelines|rules|security|safety|charter|standards)|(?:regulatory|legal|national\s+security|censorship)\s+(?:requirements|law|rules)"
    r"|national\s+security\s+law|core\s+(?:socialist\s+)?values|moderation\s+(?:charter|guidelines|rules|polic(?:y|ies))"
)
POLICY_LINE_PATTERN = _alt(
    "sig_policy_rewrite",
    rf"\b(?:{_REWRITE}|reformulat\w*)\b[^.!?\n]{{0,100}}?\b(?:{_MODEL_OUT}|text|statement)\b[^\n]{{0,220}}?\b(?:{_LINE})\b",
    rf"\b(?:{_MODEL_OUT})\b[^.!?\n]{{0,160}}?\b(?:violat\w*|breach\w*|(?:does\s+not|doesn'?t|fails?\s+to)\s+compl\w*)\b[^.!?\n]{{0,100}}?\b(?:{_LINE}|polic(?:y|ies)|guidelines|requirements)\b[^\n]{{0,160}}?\b(?:{_REWRITE}|reformulat\w*)\b",
    r"\b(?:critique|revision)\s+request\b",
)

# ---------------------------------------------------------------- instruction-generation tooling
# Each kind: distinctive structural markers of that tool family (kept general: how the
# tool asks, not its exact sentences). Checked in order; the first match names the kind.
_TASKS = r"(?:tasks?|instructions?|prompts?|questions?|queries|problems|exercises|examples|conversations|dialogues)"
TOOLING_KINDS: tuple[tuple[str, str], ...] = (
    (
        "evol_instruct",
        _alt(
            "evol_instruct",
            r"\bprompt (?:rewriter|creator)\b",
            r"#\s*(?:the\s+)?(?:given|rewritten|created|new|original)\s+(?:prompt|instruction)\s*#",
            rf"\b(?:rewrite|evolve|transform|complicate)\b{_G}\b(?:given|following|original)\s+(?:prompt|instruction|question)\b{_GW}\b(?:more\s+(?:complex|difficult|challenging|rare|specific|complicated)|harder|deeper|additional constraints?|new constraints?|reasoning steps)\b",
            r"\b(?:ai systems|chatgpt and gpt-?4)\b[^\n]{0,40}?\b(?:harder|more difficult)\s+to\s+handle\b",
            r"\b(?:add|increase)\b[^.\n]{0,40}?\b(?:one more|more)\s+(?:constraints?|requirements?|reasoning steps)\b[^\n]{0,80}?\b(?:prompt|instruction)\b",
            r"\b(?:more\s+(?:complex|difficult|challenging|advanced)|harder)\s+version\s+of\s+(?:the|this|a)\s+(?:following\s+|given\s+)?(?:prompt|instruction|question|task)\b",
            r"\bincrease the difficulty of the (?:given|following)\b",
            rf"\b(?:rewrite|evolve|transform|turn|make)\b{_G}\b(?:into|to)\s+(?:\w+\s+)?(?:progressively\s+)?(?:harder|more\s+(?:difficult|challenging|complex))\s+(?:\w+\s+)?(?:variants?|versions?|problems?|instructions?|prompts?|questions?|tasks?)\b",
        ),
    ),
    (
        "alpaca",
        _alt(
            "alpaca",
            r"\b(?:task )?instructions will be given to an? (?:gpt|language|ai|large language) model\b",
            r"<noinput>|\bno ?input\b[^\n]{0,40}\binput field\b",
            rf"\bcome up with a set of (?:\d+|twenty|ten|\w+) diverse (?:task )?{_TASKS}",
            r"\blist of \d+ (?:tasks|instructions)\s*:\s*$",
            r"\btry not to repeat the verb\b",
        ),
    ),
    (
        "self_instruct",
        _alt(
            "self_instruct",
            rf"\bcome up with (?:a series of|a list of|more|new|additional|\d+) {_TASKS}\s*:",
            r"\bcan the following task be regarded as a classification task\b|\bis it classification\?",
            r"\bcome up with examples for the following tasks\b",
            r"\bgenerate an input that corresponds to each of the class labels\b",
            r"(?m)^\s*task\s*\d+\s*:[^\n]*\n\s*task\s*\d+\s*:[^\n]*\n\s*task\s*\d+\s*:",
        ),
    ),
    (
        "magpie",
        _alt(
            "magpie",
            # A chat template's user header with nothing (or almost nothing) after it.
            r"(?:<\|start_header_id\|>user<\|end_header_id\|>|<\|im_start\|>user|\[inst\]|<start_of_turn>user|<\|user\|>|\buser:|### instruction:|<\|begin_of_text\|>|<bos>|<s>)\s*$",
            r"^\s*(?:<\|begin_of_text\|>|<\|im_start\|>|<bos>|<s>\s*\[inst\]|<\|startoftext\|>|<\|endoftext\|>|<｜begin▁of▁sentence｜>)",
            r"\ba chat between a curious user and an artificial intelligence assistant\b[\s\S]{0,300}?\buser:\s*$",
        ),
    ),
    (
        "airoboros",
        _alt(
            "airoboros",
            r"\btsk\s*\d+\s*[.:]|\"tsk\"|\btsk\b[^\n]{0,30}\b(?:prefix|token|untranslated)\b",
            r"\bbegin(?:input|context|instruction|example)\b|\bend(?:input|context|instruction|example)\b",
            r"\b(?:i would like|i need|i want) you to help me (?:create|generate|produce|write)\b[^\n]{0,80}?\b(?:tasks?|prompts?|questions?|instructions?|tests?|puzzles?|riddles?|examples?|pairs?)\b",
            r"\binclude exactly \{?\w+\}? (?:tasks|questions|prompts|instructions)\b",
        ),
    ),
    (
        "orca",
        _alt(
            "orca",
            r"\bthink step[- ]by[- ]step and justify your (?:steps|answer)\b",
            r"\bwhile (?:performing the task|answering) think step[- ]by[- ]step\b",
            r"\bexplain in simple steps what the task is asking\b|\bthat follows instructions? extremely well\b",
            r"\b(?:think|explain it) like you are answering (?:to )?a five year old\b",
            r"\bexplain how you used the definition\b",
            r"\bexplain why (?:the )?other answers are wrong\b",
            r"\bbreak the definition into small parts\b",
            r"\bso (?:the )?user (?:don'?t|doesn'?t|does not) need to search outside\b",
            r"\buser will (?:you )?give you a (?:task|question)\b",
            r"\byou will be given a task\.\s*you must generate a detailed and long answer\b",
            r"\bshow how you used the guidelines to solve the task\b",
        ),
    ),
    (
        "seeded",
        _alt(
            "seeded",
            # Data grown from a seed: a code snippet (OSS-Instruct), a response to
            # back-translate into its instruction, a persona, a simulated user's next turn.
            r"\binspiration from the (?:following|given|random|provided)\b[^\n]{0,60}?\b(?:code|snippet|text|document|passage|example)\b",
            r"\b(?:instruction|prompt|question|request|query)\s+(?:that|which)\s+(?:this|the\s+(?:following|given|above))\s+(?:response|answer|output)\b",
            r"\b(?:(?:play|take|assume)\s+the\s+role\s+of\s+the\s+user|(?:play|playing|act\s+as)\s+the\s+user|imagine you are a user)\b[^\n]{0,120}?\b(?:message|question|turn|query|request)\b",
            r"(?:^|\n)\s*persona\s*:\s*(?:an?|the)\s[^\n]*\n[\s\S]{0,400}?\b(?:create|generate|write|design)\b|\b(?:involv\w*|for|from\s+the\s+perspective\s+of|relevant\s+to|suited\s+to)\s+(?:this|the\s+(?:given|following|above))\s+persona\b|\bgiven the persona\b",
        ),
    ),
    (
        "other",
        _alt(
            "other",
            # Asking for many diverse tasks/instructions/Q&A pairs for another model or a dataset.
            rf"\b(?:generate|create|write|produce|come up with|brainstorm|synthesi[sz]e|make|give me|provide|design|compose)\b[^\n]{{0,80}}?\b(?:\d+|\{{\w+\}}|a (?:set|list|series|batch|number) of|several|many|multiple)\s+(?:(?:new|more|unique|novel|diverse|different|varied|high[- ]quality|complex|challenging|difficult|realistic|synthetic)[\s,]+(?:and\s+)?)*(?:\w+\s+){{0,2}}{_TASKS}\b[\s\S]{{0,1200}}?\b(?:(?:large )?language models?|llms?|an? ai (?:model|assistant|system)|gpt(?:-\d)?(?: model)?|train(?:ing)?(?: data| set| an?| the)?|fine-?tun\w*|dataset|benchmark|instruction[- ]tuning|synthetic data)\b",
            rf"\b(?:help me (?:create|generate|produce|write|make))\b[^\n]{{0,60}}?\b(?:diverse|new|unique|a set of|a list of|some)\b[^\n]{{0,60}}?\b{_TASKS}\b",
            rf"\b(?:generate|create|write)\s+(?:exactly\s+)?(?:\d+|\{{\w+\}})\s+(?:more|new|additional)\s+(?:similar\s+)?{_TASKS}\b",
            r"\bcreate an? (?:instruction|question|prompt) and (?:response|answer) pair\b|\bprovide both the question and the (?:solution|answer)\b",
            r"\b(?:question|instruction|prompt)[- /]+(?:answer|response)\s+pairs\b",
            r"\b(?:generate|create|write|produce|synthesi[sz]e)\s+(?:\d+|\{\w+\})\s+(?:[\w-]+\s+){0,3}?(?:requests|messages|utterances|samples|items|scenarios|test cases|word problems|(?:multi-turn\s+)?conversations|dialogues)\b[\s\S]{0,600}?\b(?:ai assistant|chatbot|classifier|labell?ed|sft|dpo|rlhf|preference (?:data|pairs)|training (?:data|examples|conversations)|fine-?tun\w*|ideal (?:assistant )?(?:response|answer)s?)\b",
        ),
    ),
)


# ---------------------------------------------------------------- co-occurrence parts
# Each names what a harvesting request is made of, wherever in the request it sits; a
# part fires only where all of its pieces are present.
_MODEL_NAMED = (
    r"\b(?:model|assistant|ai|bot|chatbot|llm|rag pipeline|student model|policy model)(?:'s|s')?\s+"
    r"(?:final\s+|last\s+|generated\s+|original\s+|draft\s+)?(?:output|response|reply|answer|turn|completion|trajectory|translation)s?\b"
    r"|\bmodel(?:'s)?\s+(?:generated\s+)?(?:solution|proof|continuation|patch|sql|code)(?:s|es)?\b"
    r"|\b(?:model output|generated (?:answer|response|summary|output)|machine translation|candidate (?:response|answer|output|solution)|ai-generated (?:answer|response))\s*:?"
    r"|\bmodel-(?:generated|written)\b|\bagent (?:trajectory|bot reply)\b|\bmodel said\b"
    r"|\b(?:candidate|target|smaller|policy|student|fine-tuned(?: candidate)?) model\b|\bmodels [a-z], [a-z] and [a-z]\b"
    r"|\bthe (?:model|assistant|chatbot|ai) (?:was asked|refused|produced|responded|replied|answered)\b"
    r"|(?:^|\n)\s*(?:assistant|bot|model [a-z0-9])\s*:"
)
_JUDGE_ASK = (
    r"\b(?:rate|score|judge|evaluate|assess|grade|annotate|critique|verify|audit|classify)\b"
    r"|\b(?:decide|determine|check|judge|verify|indicate)\s+(?:whether|if)\b|\blabel (?:it|each|them|as)\b"
    r"|\b(?:choose|select|pick) the best\b|\bwhich (?:patch|response|answer|output|one|solution) is better\b"
    r"|\b(?:decide|say) which\b|\border them by quality\b|\bdeclare a winner\b|\bcorrect\?"
    r"|\b(?:is|was|are) (?:the|this) (?:following|above|below|assistant'?s?|model'?s?) [^\n]{0,40}?\b(?:correct|helpful|accurate|safe|harmful|faithful|grounded|appropriate|suitable|equivalent)\b"
)
_VERDICT = (
    r"\b[0-9](?:\.0)?\s*(?:-|to|–)\s*(?:[1-9]|10|100)(?:\.0)?\b|\bout of (?:5|7|10|100)\b|\b0-7 scale\b"
    r"|\b(?:pass|fail|correct|incorrect|safe|unsafe|yes|true|equivalent|consistent|appropriate|helpful|grounded|suitable|valid)[\"']?\s*(?:/|or|,)\s*[\"']?(?:pass|fail|correct|incorrect|safe|unsafe|no|false|not|inconsistent|over|unhelpful|ungrounded|unsuitable|misattributed)"
    r"|\b(?:only|just)\s+(?:the\s+)?(?:number|score|label|letter|word|digit|index)\b|\b[a-z]+_[a-z0-9_]+\s*(?:or|/|,)\s*[a-z]+_[a-z0-9_]+\b|\boutput only its index\b"
)
JUDGE_ALL = _all_of("sig_grading", _MODEL_NAMED, _JUDGE_ASK, _VERDICT)
JUDGE_PAIRS = _alt(
    "sig_grading",
    r"\bgold(?: answer)?\s*:[^\n]*\n(?:[^\n]*\n){0,2}?\s*(?:prediction|predicted|model answer|candidate)\s*:",
    r"\bbetter (?:response|answer)\b[^\n]{0,20}\ba or b\b",
    r"\[\[(?:correct|incorrect)\]\]",
)

_REASON_ASK = (
    r"\b(?:show|write|give|provide|include|explain|lay out|walk through|narrate|present|record|make|spell out)\b[^.\n]{0,40}?\b(?:reasoning|rationale|justification|derivation|chain of (?:thought|reasoning)|thought process|worked solution|full working|scratch ?pad|line of reasoning|deductions?|thinking steps|internal monologue|exploratory thinking|reasoning chain|(?:each|every) (?:step|intermediate|assumption|inference|link))\b"
    r"|\bthink(?:ing)? (?:it )?(?:out loud|aloud)\b|\breason (?:it out|through)\b"
    r"|\bstep[- ]by[- ]step\b|\bnumber (?:each|every) step\b"
)
_ANSWER_SLOT = (
    r"\b(?:final|the)\s+(?:\w+\s+)?(?:answer|label|result|estimate|choice|value|verdict|option|assignment)\s+(?:on|in|as|after|under|at)\s+(?:a|the|its|an?)\s+"
    r"|(?:^|\n|[\"'“*(\[])\s*(?:final\s+)?answer\s*:|(?:^|\n|[\"'“*(\[])\s*final\s*:|<final>|\bfinal_answer\b|\bthe answer is\s*[\"'(<\[]"
    r"|\b(?:on|in)\s+(?:a|the|its own)\s+(?:separate|final|last|new)\s+line\b|\b(?:answer|result)\s+after\s+[\"'“]"
    r"|\b(?:then|and then|after that|finally|only after)\b[^.\n]{0,60}?\b(?:state|give|output|write|report|put|name)\b[^.\n]{0,40}?\b(?:final answer|answer|label|letter|choice|quotient|estimate|verdict)\b"
)
COT_ALL = _all_of("sig_cot", _REASON_ASK, _ANSWER_SLOT)
# A reasoning demand inside a data-collection frame (supervision data, a collection of
# worked solutions, reasoning chains or paths asked for as such).
_DATA_FRAME = (
    r"\bsupervision data\b|\breasoning model\b|\bcollection of (?:step-by-step |worked )solutions\b"
    r"|\bannotated debugging sessions\b|\bgenerate_cot\b|\b(?:reasoning|solution) paths\b|\bchains of thought\b"
    r"|\breasoning (?:set|corpus|dataset)\b|\bsolution traces\b|\brationale_generation\b|\bstepwise_solution\b|\breasoning\s*->\s*answer\b"
)
_REASON_ANY = r"\breason\w*|\brationales?\b|\bstep[- ]by[- ]step\b|\bstep \d|\bworking\b|\bexplain\w*|\bderivation\b|\bchains? of thought\b|\bpaths?\b"
COT_FRAME = _all_of("sig_cot", _DATA_FRAME, _REASON_ANY)
COT_TAGS = _alt(
    "sig_cot",
    # a question whose answer is primed with the start of a reasoning trace
    r"(?:^|\n)\s*a:\s*(?:let'?s (?:go|work|reason) (?:through|it|this)|thinking it through|reasoning:|step 1\b)[^\n]*$",
    r"<(?:reasoning|rationale|thoughts?|scratch_?pad|chain_of_thought|cot)>",
    r"\b(?:rationale|explanation|justification)\b[^.\n]{0,60}?\b(?:why|that justifies|justifying|supporting)\b[^.\n]{0,40}?\b(?:the\s+)?(?:gold|given|correct|provided)\s+(?:answer|label|option)\b",
    r"\bexplanation that justifies this label\b",
)

_REWRITE_ASK = r"\b(?:rewrite|re-write|rewriting|revise|rephrase|reword|rework|soften|tone down|reformulate|redo|regenerate|remove)\b|\bproduce a (?:compliant|safe|neutral)\b"
_MODEL_ANSWER = (
    r"\b(?:assistant|model|chatbot|ai|bot|ai-generated|model-generated)(?:'s|s')?\s+(?:original\s+|draft\s+)?(?:answer|response|reply|turn|output|completion|refusal)s?\b"
    r"|\bthe (?:model|assistant|chatbot|ai) (?:refused|replied|responded|answered|gave|inserted|injected|lectured)\b|\boriginal (?:answer|response|reply)\s*:"
    r"|\b(?:answer|response) generated by (?:the |our )?model\b"
)
_NORM = (
    r"\bpolic(?:y|ies)\b|\bguidelines?\b|\bcompl(?:y|ies|iant|iance)\b|\bneutral\w*|\bbalanced\b|\bpartisan\b|\bone-sided\b|\bpolitic\w*"
    r"|\bsensitive\b|\bcontroversial\b|\beven-?handed\w*|\bmisinformation\b|\bstereotyp\w*|\bextremis\w*|\bregulat\w*|\bofficial\b|\bpreach\w*|\bmoraliz\w*|\brefus\w*|\bdisclaimers?\b|\bharm\w*|\bsafe\b"
)
POLICY_ALL = _all_of("sig_policy_rewrite", _REWRITE_ASK, _MODEL_ANSWER, _NORM)
# Any answer brought to a line on a sensitive subject: the subject must be one, since
# people rewrite their own answers to sound neutral.
_BRING_TO_LINE = (
    r"\b(?:rewrite|revise|rework|reformulate|transform|neutrali[sz]e|conform|align|adjust|bring)\b"
    r"|\bmake (?:the following|this|it|the)\b[^.\n]{0,40}?\b(?:neutral|balanced|consistent|compliant|factual)\b|\bproduce a compliant\b"
)
_ANY_ANSWER = (
    r"\bthe following (?:model |assistant'?s? )?(?:answer|response|reply)\b|\b(?:answer|response|reply) below\b"
    r"|\b(?:our |the )?model'?s? (?:answer|response)\b|\boriginal(?:_response| response| answer)?\s*[:\"]|\banswer\s*:\s*[\"“]"
)
_TOPIC_LINE = (
    r"\b(?:official (?:position|stance|terminology|results)|government|genocide|extremis\w*|misinformation|denialism|propaganda|separatis\w*|annex\w*|sovereign\w*"
    r"|ballot|election|partisan|politic\w*|conflict|protests?|regulat\w*|cyberspace administration|socialist core values|content policy)\b"
)
POLICY_TOPIC = _all_of("sig_policy_rewrite", _BRING_TO_LINE, _ANY_ANSWER, _TOPIC_LINE)
POLICY_OPS = _alt(
    "sig_policy_rewrite",
    r"\b(?:rewrite_for_policy|safety_rewrite|compliance rewrite|policy_feedback|rewritten_answer)\b",
    r"\b(?:answer|response)\b[^\n]{0,60}?\bless (?:preachy|moralizing|moralising|lecturing)\b|\bmake (?:this|the) (?:answer|response) less\b",
    r"(?:^|\n)\s*neutrali[sz]e\s*:|\brewrite\s*->\s*neutral\b",
)

_GEN_ITEMS = (
    r"\b(?:generate|create|write|produce|synthesi[sz]e|come up with|brainstorm|compose|draft|invent|design|simulate|make|author|build|script)\s+"
    r"(?:(?:a|an|the|me|us|exactly|at least|about)\s+)?(?:\d+|\{\w+\}|several|multiple|a (?:set|list|batch|variety) of)\s+"
    r"(?:[\w-]+[\s,]+){0,4}?(?:instructions?|tasks?|prompts?|questions?|queries|requests|conversations?|dialogues?|examples?|samples?|problems?|exercises|pairs|scenarios|test cases|messages|utterances|items|variants|personas|paraphrases)\b"
    r"|\b(?:paraphrase|rewrite)\b[^.\n]{0,60}?\bin\s+(?:\d+|ten|five|twenty)\s+different\s+ways\b|\bproduce\s+\d+\s+variants\b"
)
_FOR_MODELS = r"\b(?:train(?:ing)?|fine-?tun\w*|dataset|data set|sft|dpo|rlhf|synthetic|benchmarks?|ai (?:coding )?(?:assistant|model|agent|writing assistant)|language models?|llms?|conversational model|qa dataset|over-refusal|function-calling|tool calls?|function call|instruction-tuning|alpaca format)\b"
TOOLING_ALL = _all_of("other", _GEN_ITEMS, _FOR_MODELS)
TOOLING_SEEDS = _alt(
    "other",
    r"[\"']chosen[\"'][^\n]{0,200}?[\"']rejected[\"']|\bchosen\b[^.\n]{0,80}?\brejected\b\s+response",
    r"\bseed (?:prompt|question|problem|task|instruction)\b[^\n]{0,300}?\b(?:harder|rarer|more (?:specific|difficult|complex|reasoning)|brand-new|new prompt|rewrit\w*)\b|\b(?:harder|rarer|more difficult)\b[^\n]{0,200}?\bseed (?:prompt|question|problem|task)\b",
    r"\binstruction backtranslation\b|\binstruction (?:a user )?would have given\b",
    r"\bemit user utterances\b|\bgenerate:\s*\n\s*type:|[\"']generator[\"']\s*:|\bsynthesize_\w+|\btool_use_sft\b|\btask mutator\b",
)


# Literal gates: for each rule, substrings at least one of which every match of the rule
# contains. A gate is a pure literal alternation (SIMD substring search, ~1 GB/s), so the
# full rule, which is far slower, only runs on the few rows that pass it. Tests check on
# every positive that a rule never matches where its gate does not.
GATES: dict[str, tuple[str, ...]] = {
    "sig_cot": (
        "a:",
        "solution traces",
        "rationale_generation",
        "stepwise_solution",
        "monologue",
        "aloud",
        "out loud",
        "exploratory",
        "supervision data",
        "collection of",
        "generate_cot",
        "solution paths",
        "<cot>",
        "worked solution",
        "each step",
        "every step",
        "each assumption",
        "every assumption",
        "思路",
        "推导",
        "答案",
        "步",
        "рассужд",
        "мысл",
        "voz",
        "voix",
        "laut",
        "razonamiento",
        "raciocínio",
        "ragionamento",
        "begründung",
        "explanation",
        "step-by-step",
        "step by step",
        "step_by_step",
        "####",
        "reason",
        "think",
        "thought",
        "chain",
        "scratch",
        "memory",
        "deliberat",
        "cognitive",
        "mental",
        "hidden state",
        "system prompt",
        "system message",
        "system instruction",
        "pre-prompt",
        "preprompt",
        "hidden instructions",
        "instructions above",
        "instructions you",
        "text above",
        "words above",
        "everything above",
        "debug",
        "diagnostic",
        "developer mode",
        "maintenance mode",
        "derivation",
        "intermediate",
        "individual",
        "internal",
        "calculation",
        "skipping",
        "through your",
        "what you",
        "you consider",
        "you weigh",
        "you explore",
        "you tried",
        "part of your",
        "you skipped",
        "you left out",
        "you glossed",
        "you omitted",
        "before you",
        "머릿속",
        "단계",
        "생각",
        "사고",
        "추론",
        "思考",
        "考え",
        "頭の中",
        "推論",
        "your work",
        "latent",
        "reconstruct",
        "reverse",
        "recreate",
        "rebuild",
        "backward",
        "retrace",
        "derive",
        "steps that",
        "steps which",
        "given the",
        "given this",
        "per line",
        "deduction",
        "inference",
        "推理",
        "思维",
        "pensamiento",
        "raisonnement",
        "réflexion",
        "denkprozess",
        "gedankengang",
        "argumentationsweg",
        "final answer",
        "\\boxed",
        "rationale",
        "justif",
    ),
    "sig_grading": (
        "gold",
        "a or b",
        "[[correct",
        "[[incorrect",
        "correct?",
        "say which",
        "declare a winner",
        "order them by quality",
        "verify",
        "audit",
        "are the ",
        "is this ",
        "was this ",
        "are this ",
        "decide whether",
        "decide if",
        "determine whether",
        "determine if",
        "check whether",
        "check if",
        "verify whether",
        "verify if",
        "indicate whether",
        "indicate if",
        "is the ",
        "was the ",
        "rate.",
        "rate:",
        "rate\n",
        "assess",
        "rates",
        "grading",
        "judg",
        "annotat",
        "label",
        "classif",
        "critiqu",
        "select",
        "identify",
        "response_",
        "reference",
        "ground",
        "each step",
        "every step",
        "judge",
        "grader",
        "evaluat",
        "rater",
        "assessor",
        "reviewer",
        "reward",
        "annotator",
        "which",
        "compar",
        "rank",
        "rate ",
        "rate,",
        "score",
        "grade",
        "examine",
        "rubric",
        "[[",
        "verdict",
        "better",
        "prefer",
        "winner",
        "choose",
        "pick",
        "the start of",
        "the end of",
        "rating",
        "helpfulness",
    ),
    "sig_policy_rewrite": (
        "rewrite_for_policy",
        "safety_rewrite",
        "compliance rewrite",
        "policy_feedback",
        "rewritten_answer",
        "less preachy",
        "less moraliz",
        "less lecturing",
        "make this answer",
        "make the answer",
        "make this response",
        "make the response",
        "neutralize",
        "neutralise",
        "rewrite ->",
        "rewrite->",
        "conform",
        "align",
        "bring",
        "make the ",
        "make this",
        "rework",
        "remove",
        "produce a compliant",
        "produce a safe",
        "produce a neutral",
        "reformulat",
        "critique request",
        "rewrit",
        "re-writ",
        "revis",
        "rephras",
        "reword",
        "redo",
        "redone",
        "edit",
        "modif",
        "adjust",
        "sanitiz",
        "sanitis",
        "tone down",
        "soften",
        "neutrali",
        "transform",
        "convert",
        "regenerat",
        "version of",
        "make it",
        "make them",
        "render it",
        "render this",
        "render them",
        "turn it",
        "turn this",
        "turn them",
        "refusal",
    ),
    "evol_instruct": (
        "increase the difficulty",
        "prompt rewriter",
        "prompt creator",
        "prompt#",
        "prompt #",
        "instruction#",
        "instruction #",
        "rewrite",
        "evolve",
        "transform",
        "complicate",
        "harder",
        "more difficult",
        "constraint",
        "requirement",
        "reasoning step",
        "more complex",
        "more challenging",
        "more advanced",
    ),
    "alpaca": (
        "instructions will be given",
        "noinput",
        "no input",
        "no-input",
        "come up with",
        "list of",
        "try not to repeat the verb",
    ),
    "self_instruct": (
        "come up with",
        "classification task",
        "is it classification",
        "generate an input",
        "task",
    ),
    "magpie": (
        "<|",
        "[inst]",
        "<start_of_turn>",
        "user:",
        "### instruction:",
        "<bos>",
        "<s>",
        "<｜",
        "a chat between a curious user",
    ),
    "airoboros": (
        "tsk",
        "begininput",
        "begincontext",
        "begininstruction",
        "beginexample",
        "endinput",
        "endcontext",
        "endinstruction",
        "endexample",
        "help me",
        "include exactly",
    ),
    "orca": (
        "justify your",
        "think step",
        "five year old",
        "explain how you used the definition",
        "other answers are wrong",
        "break the definition",
        "search outside",
        "user will",
        "you will be given a task",
        "explain in simple steps",
        "follows instruction",
        "show how you used the guidelines",
    ),
    "seeded": (
        "playing the user",
        "persona",
        "inspiration",
        "this response",
        "this answer",
        "this output",
        "the following response",
        "the following answer",
        "the following output",
        "the given response",
        "the given answer",
        "the given output",
        "the above response",
        "the above answer",
        "the above output",
        "role of the user",
        "play the user",
        "act as the user",
        "imagine you are a user",
    ),
    "other": (
        "emit user utterances",
        "generate:",
        "generator",
        "synthesize_",
        "tool_use_sft",
        "task mutator",
        "would have given",
        "chosen",
        "seed ",
        "backtranslation",
        "make ",
        "author ",
        "build ",
        "script ",
        "come up with",
        "brainstorm",
        "compose",
        "draft",
        "invent",
        "design",
        "simulate",
        "paraphrase",
        "rewrite",
        "produce",
        "synthesi",
        "language model",
        "llm",
        "ai ",
        "gpt",
        "train",
        "fine-tun",
        "finetun",
        "dataset",
        "benchmark",
        "instruction tuning",
        "instruction-tuning",
        "synthetic data",
        "help me",
        "generate",
        "create",
        "write",
        "pair",
    ),
}
#: Each rule's alternations: it matches where any of them does. Split where one automaton
#: for all the parts would outgrow the lazy DFA's cache.
RULE_PATTERNS: dict[str, tuple[str | AllOf, ...]] = {
    "sig_cot": (
        COT_PATTERN,
        COT_FORMAT_PATTERN,
        COT_RATIONALE_PATTERN,
        COT_LANG_PATTERN,
        COT_REVEAL_PATTERN,
        COT_TAGS,
        COT_ALL,
        COT_FRAME,
    ),
    "sig_grading": (GRADING_PATTERN, PREFERENCE_PATTERN, JUDGE_PATTERN, JUDGE_PAIRS, JUDGE_ALL),
    "sig_policy_rewrite": (
        POLICY_REWRITE_PATTERN,
        POLICY_LINE_PATTERN,
        POLICY_OPS,
        POLICY_ALL,
        POLICY_TOPIC,
    ),
    **{kind: (pattern,) for kind, pattern in TOOLING_KINDS},
}
RULE_PATTERNS["other"] = (*RULE_PATTERNS["other"], TOOLING_SEEDS, TOOLING_ALL)


#: Literal count up to which a gate runs as a regex alternation (on the regex engine's SIMD
#: literal prefilter); above it as one Aho-Corasick pass (``contains_any``). Measured on
#: 244k distinct texts: 85 literals 1.17 s as a regex, 0.25-0.34 s as Aho-Corasick; 60
#: literals 0.69 / 0.24 s; 36 literals 0.16 / 0.33 s; 7 literals 0.06 / 0.95 s.
SIMD_LITERALS: Final = 48
#: Literals per Aho-Corasick pass: past about a hundred, ``contains_any`` ran 3.7× slower on
#: this machine (149k distinct prompts: 100 literals 0.096 CPU s, 105 literals 0.358 s), so a
#: longer gate runs in passes of at most this many (the last, if short, as a regex).
AC_LITERALS: Final = 100


def gate_contains(text: pl.Series, rule: str) -> pl.Series:
    """Whether each text contains any of the rule's gate literals."""
    literals = list(GATES[rule])
    hits: pl.Series | None = None
    for start in range(0, len(literals), AC_LITERALS):
        chunk = literals[start : start + AC_LITERALS]
        if len(chunk) <= SIMD_LITERALS:
            found = text.str.contains("|".join(re.escape(g) for g in chunk))
        else:
            found = text.str.contains_any(chunk)
        hits = found if hits is None else hits | found
    return hits if hits is not None else pl.repeat(False, text.len(), eager=True)


def _narrow(text: pl.Series, hits: pl.Series, test: Callable[[pl.Series], pl.Series]) -> pl.Series:
    """``hits`` kept only where ``test`` also holds, ``test`` run on the hit rows alone."""
    idx = hits.arg_true()
    if idx.len() == 0:
        return hits
    return hits.scatter(idx, test(text.gather(idx)))


def gated_contains(text: pl.Series, rule: str) -> pl.Series:
    """``text.str.contains(rule pattern)``, evaluated only on rows that pass the rule's gate."""
    gate = gate_contains(text, rule).fill_null(False)
    return _narrow(text, gate, lambda rows: rule_contains(rows, rule)).alias(rule)


def part_contains(text: pl.Series, part: str | AllOf) -> pl.Series:
    """Whether each text matches one part; an :class:`AllOf` tests each further pattern
    only on the rows that matched the ones before."""
    if isinstance(part, str):
        return text.str.contains(part)
    hits = text.str.contains(part.patterns[0])
    for pattern in part.patterns[1:]:
        hits = _narrow(text, hits, lambda rows, p=pattern: rows.str.contains(p))
    return hits


def rule_contains(text: pl.Series, rule: str) -> pl.Series:
    """Whether each lower-cased text matches ``rule`` (any of its parts), ungated. Each
    part after the first runs only on the rows no earlier part matched."""
    patterns = RULE_PATTERNS[rule]
    hits = part_contains(text, patterns[0])
    for pattern in patterns[1:]:
        hits = hits | _narrow(text, ~hits, lambda rows, p=pattern: part_contains(rows, p))
    return hits


def rule_frame(text: pl.Series) -> pl.DataFrame:
    """The Boolean rule columns and ``tooling_kind`` of lower-cased bounded texts.

    The gated rules are independent, so they run on a small thread pool (Polars releases
    the GIL while it scans), which uses every core the way Polars' own expressions do.
    """
    names = ["sig_cot", "sig_grading", "sig_policy_rewrite", *[k for k, _ in TOOLING_KINDS]]
    workers = min(len(names), os.cpu_count() or 1)
    if workers > 1 and text.len() > 10_000:
        with ThreadPoolExecutor(max_workers=workers) as pool:
            hits = dict(zip(names, pool.map(lambda r: gated_contains(text, r), names), strict=True))
    else:
        hits = {r: gated_contains(text, r) for r in names}
    kind = pl.repeat(None, text.len(), dtype=pl.String, eager=True)
    for name, _ in reversed(TOOLING_KINDS):
        kind = pl.select(pl.when(hits[name]).then(pl.lit(name)).otherwise(kind)).to_series()
    return pl.DataFrame(
        [
            hits["sig_cot"],
            hits["sig_grading"],
            hits["sig_policy_rewrite"],
            kind.alias("tooling_kind"),
        ]
    )


def matched_parts(prompt: str, system: str = "") -> list[str]:
    """Names (``rule#index``) of the sub-patterns a prompt matches: the *why* of a hit,
    for evidence details and for tuning. Not for hot paths (one text at a time).
    """
    from distillwatch.features.content.normalize import rule_text

    frame = pl.DataFrame({"p": [prompt], "s": [system]}).select(
        pl.concat_str([rule_text(pl.col("s")), rule_text(pl.col("p"))], separator="\n").alias("t")
    )
    text = frame.get_column("t")
    return [name for name, part in RULE_PARTS.items() if part_contains(text, part).item()]
