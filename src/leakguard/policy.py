"""Policy: what a platform decides to do with findings. An explicit, immutable object, never global state.

A verdict is built in three steps (README, "Verdicts"):

1. Allowlisted findings (the platform's own support address or phone number, permitted domains)
   are not findings at all.
2. Each remaining finding gets an action from the category table for the deal stage
   (``actions`` when the stage is unknown, ``stages[stage]`` on top of it otherwise); an outside
   channel the policy permits is ``allow`` once the deal has progressed far enough.
3. The message score, a noisy-OR ``1 - Π(1 - weight[category] × score)``, sets a ceiling:
   below ``warn_at`` the message is allowed, below ``block_at`` it is at most warned. The action is
   the strictest finding action under that ceiling. Adding a finding never lowers the score, the
   ceiling or the strictest action, so it never lowers the verdict. Warn-only readings
   (``Finding.warn_only``: an intent finding capped at ``WARN_ONLY_SCORE``, in a message that is one
   quotation, or a payment told of and not asked) join the product as one term, their strongest: each was capped so that it
   may warn and not block, and three quoted requests are no more the writer's than one.

Presets ship as TOML files in ``leakguard/policies/``: ``escrow_gated`` (the default, equal to
``Policy()``) and ``strict``. ``Policy.from_toml(path)`` reads a platform's own file, which may
start from a preset with ``extends = "strict"``. Every function that takes a policy also takes a
preset's name (``scan(text, policy="strict")``).

A platform's own detectors join through ``Policy(detectors=...)`` (docs/detectors.md): the tuple
is the whole list the policy scans with, so ``(*Policy().detectors(), mine)`` adds one. A detector
may report a category of its own, which the policy must then give an action.
"""
from __future__ import annotations

import dataclasses
import functools
import re
from dataclasses import dataclass, field, replace
from importlib import resources
from pathlib import Path
from types import MappingProxyType
from typing import Any, Iterable, Mapping, NamedTuple

from .context import COMPLETED, STAGES, Context
from .model import CATEGORIES, CHANNELS, EMAIL, EXTERNAL, KINDS, LINE_ID, PAYMENT, PHONE, Action, Finding


PRESETS: tuple[str, ...] = ("escrow_gated", "strict")


def _thawed(value: Any) -> Any:
    if isinstance(value, MappingProxyType):
        return {k: _thawed(v) for k, v in value.items()}
    if isinstance(value, Detectors):
        return value.portable()
    return value


def _rebuild_policy(fields: dict[str, Any]) -> "Policy":
    return Policy(**fields)


class PolicyError(ValueError):
    """A policy file or argument is invalid; the message names the file and the key."""


_DEFAULT_ACTIONS = MappingProxyType({
    PHONE: Action.BLOCK,
    EMAIL: Action.BLOCK,
    LINE_ID: Action.BLOCK,
    PAYMENT: Action.BLOCK,
    EXTERNAL: Action.WARN,
})
# An account on a messaging app (a Discord name, a Skype live: ID, a wa.me link) is a contact detail,
# blocked like a LINE ID at any stage; invitations and requests keep the external_contact action.
_DEFAULT_KINDS = MappingProxyType({"handle": Action.BLOCK})
# escrow_gated: an outside-channel invitation is blocked until escrow is funded, then warned.
_ESCROW_GATED_STAGES = MappingProxyType({
    "before_contract": MappingProxyType({EXTERNAL: Action.BLOCK}),
    "contracted": MappingProxyType({EXTERNAL: Action.BLOCK}),
    "escrow_funded": MappingProxyType({EXTERNAL: Action.WARN}),
    "completed": MappingProxyType({EXTERNAL: Action.WARN}),
})
_DEFAULT_PERMITTED = frozenset({"chatwork", "slack", "zoom", "google_meet", "teams"})

_DOMAIN_RE = re.compile(r"[a-z0-9](?:[a-z0-9\-]{0,62}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9\-]{0,62}[a-z0-9])?)+")
_URL_HOST_RE = re.compile(r"[a-z][a-z0-9+.\-]*://([^/?#:@\s]+)")


class Detectors:
    """The value of ``Policy.detectors``: call it for the tuple of detectors the policy scans
    with. ``custom`` is the caller's tuple, or ``None`` for the built-in detectors, which are
    built on the first call for the policy's region and lexicons (importing them costs time, and
    most policies are made at import)."""

    __slots__ = ("custom", "_region", "_lexicons", "_built")

    def __init__(self, custom: "tuple | None", region: str, lexicons: Mapping[str, tuple[str, ...]]):
        self.custom = custom
        self._region = region
        self._lexicons = tuple(lexicons.items())
        self._built = custom

    def __call__(self) -> tuple:
        built = self._built  # on the hot path: one slot read per message
        if built is None:
            built = self._built = _built_ins(self._region, self._lexicons)
        return built

    def portable(self) -> "tuple | None":
        """``custom`` for pickling: a built-in detector travels as its place among the built-ins
        (rebuilt on arrival, as equal as before), not as a copy with its word lists."""
        if self.custom is None:
            return None
        homes = [(self._region, self._lexicons), ("JP", ())]
        out = []
        for detector in self.custom:
            for region, lexicons in homes:
                built = _built_ins(region, lexicons)
                index = next((i for i, b in enumerate(built) if b is detector), None)
                if index is not None:
                    out.append(_BuiltIn(region, lexicons, index))
                    break
            else:
                out.append(detector)
        return tuple(out)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Detectors) and self.custom == other.custom

    def __hash__(self) -> int:
        return hash(tuple(map(_detector_key, self.custom))) if self.custom is not None else 0

    def __repr__(self) -> str:
        if self.custom is None:
            return "<built-in detectors>"
        return "(" + ", ".join(getattr(d, "__name__", type(d).__name__) for d in self.custom) + ")"


class _BuiltIn(NamedTuple):
    region: str
    lexicons: tuple
    index: int


def _built_ins(region: str, lexicons: tuple) -> tuple:
    from .detectors import build_detectors
    from .lexicon import LexiconError

    try:
        return build_detectors(region, lexicons)
    except LexiconError as exc:
        raise PolicyError(f"lexicons: {exc}") from None


def _detector_key(detector: Any) -> Any:
    try:
        hash(detector)
    except TypeError:  # an unhashable callable object is still one detector: its identity names it
        return id(detector)
    return detector


def _checked_detectors(value: Any) -> tuple:
    if isinstance(value, (str, bytes)) or not isinstance(value, Iterable):
        raise TypeError(f"detectors must be a tuple of detectors, got {type(value).__name__}: "
                        "e.g. Policy(detectors=(*Policy().detectors(), my_detector))")
    out = tuple(_built_ins(d.region, d.lexicons)[d.index] if isinstance(d, _BuiltIn) else d for d in value)
    for i, detector in enumerate(out):
        category = getattr(detector, "category", None)
        if not callable(detector) or not isinstance(category, str) or not category:
            raise TypeError(f"detectors[{i}]: {detector!r} is not a detector: a detector is a callable "
                            "view -> Iterable[Finding] with a str attribute 'category' (docs/detectors.md)")
    return out


def _frozen_table(table: Mapping[str, Any], where: str, known: "Iterable[str]" = CATEGORIES) -> Mapping[str, Action]:
    if not isinstance(table, Mapping):
        raise PolicyError(f"{where}: expected a table of category = action, got {type(table).__name__}")
    out: dict[str, Action] = {}
    for category, action in table.items():
        if category not in known:
            raise PolicyError(f"{where}.{category}: unknown category; expected one of {', '.join(known)}")
        try:
            out[category] = Action.parse(action)
        except ValueError as exc:
            raise PolicyError(f"{where}.{category}: {exc}") from None
    return MappingProxyType(out)


def _score(value: Any, where: str) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise PolicyError(f"{where}: expected a number within 0..1, got {value!r}")
    if not 0.0 <= float(value) <= 1.0:
        raise PolicyError(f"{where}: must be within 0..1, got {value}")
    return float(value)


@dataclass(frozen=True)
class Policy:
    """Per-category actions by deal stage, score thresholds and allowlists.

    ``actions``: category -> action when the deal stage is unknown (no context).
    ``stages``: stage -> {category -> action}, laid over ``actions`` when a context is given.
    ``kinds``: kind of an external_contact finding (``handle``, ``invitation``, ``request``; see
    :class:`Finding`) -> action, replacing the category's action for findings of that kind
    (default: ``handle`` -> block; a permitted channel is still allowed).
    ``min_score``: findings scoring below it are dropped (a refusal that mentions LINE keeps a
    low score and never reaches a verdict). ``region``: default region for phone numbers.
    ``warn_at`` / ``block_at``: message-score ceilings (see the module docstring).
    ``weights``: category -> weight in the noisy-OR (default 1.0).
    ``allow_emails`` / ``allow_phones`` / ``allow_domains``: values that are never findings.
    ``permitted_channels``: outside channels (external_contact values) that are ``allow`` from
    ``channels_from`` on; ``channels_from = "completed"`` means "once a deal between these two
    people has completed" (this one, or an earlier one: ``Context.completed_deals``).
    ``lexicons``: lexicon file name (``channel_aliases`` or ``channel_aliases.txt``, see
    ``src/leakguard/lexicons/``) -> paths of the platform's own files in the same format, read on
    construction (a malformed row raises ``PolicyError`` naming the file and line).
    ``detectors``: ``None`` for the built-in detectors (for ``region`` and ``lexicons``), or the
    whole tuple to scan with, e.g. ``(*Policy().detectors(), rival_profile_urls)``
    (docs/detectors.md). A detector's own category needs an entry in ``actions``. Read back,
    ``policy.detectors()`` is the tuple. The policy pickles if each detector does (a module-level
    function or an instance of a module-level class).
    ``intent_model``: ``"on"`` (default) lets the learned intent scorer confirm, overrule and
    complete the built-in external_contact and off_platform_payment rules (docs/intent.md);
    ``"off"`` keeps the rules alone.
    """

    actions: Mapping[str, Action] = field(default_factory=lambda: _DEFAULT_ACTIONS)
    kinds: Mapping[str, Action] = field(default_factory=lambda: _DEFAULT_KINDS)
    min_score: float = 0.5
    region: str = "JP"
    stages: Mapping[str, Mapping[str, Action]] = field(default_factory=lambda: _ESCROW_GATED_STAGES)
    warn_at: float = 0.5
    block_at: float = 0.6
    weights: Mapping[str, float] = field(default_factory=lambda: MappingProxyType({}))
    allow_emails: frozenset[str] = frozenset()
    allow_phones: frozenset[str] = frozenset()
    allow_domains: frozenset[str] = frozenset()
    permitted_channels: frozenset[str] = _DEFAULT_PERMITTED
    channels_from: str = COMPLETED
    name: str = "escrow_gated"
    lexicons: Mapping[str, tuple[str, ...]] = field(default_factory=lambda: MappingProxyType({}))
    detectors: "Detectors | tuple | None" = None
    intent_model: str = "on"

    def __post_init__(self) -> None:
        set_ = functools.partial(object.__setattr__, self)
        custom = self.detectors.custom if isinstance(self.detectors, Detectors) else self.detectors
        if custom is not None:
            custom = _checked_detectors(custom)
        own = tuple(dict.fromkeys(d.category for d in custom or () if d.category not in CATEGORIES))
        known = CATEGORIES + own
        set_("actions", _frozen_table(self.actions, "actions", known))
        for category in own:
            if category not in self.actions:
                raise PolicyError(f"detectors: a detector reports {category!r}, which is not one of "
                                  f"{', '.join(CATEGORIES)}; give it an action, e.g. "
                                  f"actions={{**Policy().actions, {category!r}: 'block'}}")
        if not isinstance(self.stages, Mapping):
            raise PolicyError(f"stages: expected a table of stage tables, got {type(self.stages).__name__}")
        for stage in self.stages:
            if stage not in STAGES:
                raise PolicyError(f"stages.{stage}: unknown stage; expected one of {', '.join(STAGES)}")
        set_("stages", MappingProxyType({s: _frozen_table(t, f"stages.{s}", known) for s, t in self.stages.items()}))
        set_("kinds", _frozen_table(self.kinds, "kinds", KINDS))
        set_("min_score", _score(self.min_score, "min_score"))
        set_("warn_at", _score(self.warn_at, "score.warn_at"))
        set_("block_at", _score(self.block_at, "score.block_at"))
        if self.warn_at > self.block_at:
            raise PolicyError(f"score.warn_at ({self.warn_at}) must not exceed score.block_at ({self.block_at})")
        if not isinstance(self.weights, Mapping):
            raise PolicyError(f"score.weights: expected a table of category = weight, got {type(self.weights).__name__}")
        weights = {}
        for category, weight in self.weights.items():
            if category not in known:
                raise PolicyError(f"score.weights.{category}: unknown category; expected one of {', '.join(known)}")
            weights[category] = _score(weight, f"score.weights.{category}")
        set_("weights", MappingProxyType(weights))
        if not isinstance(self.region, str) or not re.fullmatch(r"[A-Za-z]{2}", self.region):
            raise PolicyError(f"region: expected a two-letter region code such as 'JP', got {self.region!r}")
        set_("region", self.region.upper())
        set_("allow_emails", frozenset(_email(e, f"allow.emails[{i}]") for i, e in enumerate(_entries(self.allow_emails, "allow.emails"))))
        set_("allow_domains", frozenset(_domain(d, f"allow.domains[{i}]") for i, d in enumerate(_entries(self.allow_domains, "allow.domains"))))
        set_("allow_phones", frozenset(_phone(p, self.region, f"allow.phones[{i}]") for i, p in enumerate(_entries(self.allow_phones, "allow.phones"))))
        set_("permitted_channels", frozenset(_channel(c, f"channels.permitted[{i}]") for i, c in enumerate(_entries(self.permitted_channels, "channels.permitted"))))
        if self.channels_from not in STAGES:
            raise PolicyError(f"channels.from_stage: unknown stage {self.channels_from!r}; expected one of {', '.join(STAGES)}")
        if not isinstance(self.name, str):
            raise PolicyError(f"name: expected a string, got {type(self.name).__name__}")
        if self.intent_model not in ("on", "off"):
            raise PolicyError(f"intent_model: expected 'on' or 'off', got {self.intent_model!r}")
        set_("lexicons", _lexicons(self.lexicons))
        set_("detectors", Detectors(custom, self.region, self.lexicons))
        if custom is None and (self.lexicons or self.region != "JP"):
            self.detectors()  # read the extra files now: a bad row fails here, not at the first scan

    @classmethod
    def coerce(cls, policy: "Policy | str | None") -> "Policy":
        """``policy`` as a Policy: ``None`` is the default, a str names a preset (``"strict"``)."""
        if isinstance(policy, Policy):
            return policy
        if policy is None:
            return DEFAULT_POLICY
        if isinstance(policy, str):
            try:
                return cls.preset(policy)
            except PolicyError as exc:
                raise PolicyError(f"{exc} (a policy file: Policy.from_toml(path))") from None
        raise TypeError(f"policy must be a leakguard.Policy, a preset name ({', '.join(PRESETS)}) or None, "
                        f"got {type(policy).__name__}")

    def __reduce__(self):
        # Workers (process pools, Dask, Spark) receive the policy pickled. The read-only
        # MappingProxyType tables refuse pickling, so a policy travels as its constructor
        # arguments in plain dicts and is rebuilt, and re-validated, on arrival.
        fields = {f.name: _thawed(getattr(self, f.name)) for f in dataclasses.fields(self) if f.init}
        return _rebuild_policy, (fields,)

    def __hash__(self) -> int:
        return hash(self._key())

    def _key(self) -> tuple:
        return (
            tuple(sorted((k, str(v)) for k, v in self.actions.items())),
            tuple(sorted((s, tuple(sorted((k, str(v)) for k, v in t.items()))) for s, t in self.stages.items())),
            tuple(sorted((k, str(v)) for k, v in self.kinds.items())),
            self.min_score, self.region, self.warn_at, self.block_at,
            tuple(sorted(self.weights.items())), self.allow_emails, self.allow_phones, self.allow_domains,
            self.permitted_channels, self.channels_from, self.name, tuple(self.lexicons.items()),
            self.detectors, self.intent_model,
        )

    # -- verdicts ---------------------------------------------------------------------------

    def is_allowlisted(self, finding: Finding) -> bool:
        """True for the platform's own contacts and permitted domains: never a finding."""
        value = (finding.value or "").lower()
        if not value:
            return False
        if finding.category == EMAIL:
            if value in self.allow_emails:
                return True
            return _domain_allowed(value.rpartition("@")[2], self.allow_domains)
        if finding.category == PHONE:
            return value in self.allow_phones
        host = _URL_HOST_RE.match(value)
        return bool(host) and _domain_allowed(host.group(1), self.allow_domains)

    def admits(self, finding: Finding) -> bool:
        """Whether a detector's finding is reported at all: scored high enough, not allowlisted."""
        return finding.score >= self.min_score and not self.is_allowlisted(finding)

    def actions_for(self, context: "Context | str | Mapping | None" = None) -> Mapping[str, Action]:
        """The category -> action table in force at the context's stage (``actions`` if unknown)."""
        context = Context.coerce(context)
        if context is None:
            return self.actions
        by_stage = self.__dict__.get("_by_stage")
        if by_stage is None:  # built once: decide() asks on every message
            by_stage = {stage: MappingProxyType({**self.actions, **table}) for stage, table in self.stages.items()}
            object.__setattr__(self, "_by_stage", by_stage)
        return by_stage.get(context.stage, self.actions)

    def channel_permitted(self, channel: str | None, context: "Context | str | Mapping | None") -> bool:
        """A permitted outside channel, at a stage where the policy lets the deal use it."""
        context = Context.coerce(context)
        if context is None or not channel or channel.lower() not in self.permitted_channels:
            return False
        return context.has_completed_deal or context.reached(self.channels_from)

    def action_for(self, finding: Finding, context: "Context | str | Mapping | None" = None) -> Action:
        context = Context.coerce(context)
        return self._action(finding, self.actions_for(context), context)

    def _action(self, finding: Finding, table: Mapping[str, Action], context: "Context | None") -> Action:
        if finding.category == EXTERNAL:
            if self.channel_permitted(finding.value, context):
                return Action.ALLOW
            if finding.kind in self.kinds:  # (a kind's entry replaces the category's action)
                return self.kinds[finding.kind]
        return table.get(finding.category, Action.ALLOW)  # the tables hold Actions (_frozen_table)

    def weight(self, category: str) -> float:
        return self.weights.get(category, 1.0)

    def ceiling(self, score: float) -> Action:
        """The strictest action a message with this score may get."""
        if score >= self.block_at:
            return Action.BLOCK
        if score >= self.warn_at:
            return Action.WARN
        return Action.ALLOW

    def decide(self, findings: Iterable[Finding], context: "Context | str | Mapping | None" = None) -> tuple[float, Action]:
        """Message score ``1 - Π(1 - weight × score)`` and action (see the module docstring)."""
        context = Context.coerce(context)
        table = self.actions_for(context)
        remaining = 1.0
        warn_only = 0.0  # the strongest warn-only reading: one term of the product, however many
        action = Action.ALLOW
        for finding in findings:
            if self.is_allowlisted(finding):
                continue
            score = min(1.0, max(0.0, finding.score))
            weighted = self.weight(finding.category) * score
            if finding.warn_only:
                warn_only = max(warn_only, weighted)
            else:
                remaining *= 1.0 - weighted
            candidate = self._action(finding, table, context)
            if candidate.severity > action.severity:
                action = candidate
        score = 1.0 - remaining * (1.0 - warn_only)
        ceiling = self.ceiling(score)
        return score, (ceiling if ceiling.severity < action.severity else action)

    # -- construction -----------------------------------------------------------------------

    @classmethod
    def preset(cls, name: str) -> "Policy":
        """A shipped policy: ``escrow_gated`` (the default) or ``strict``."""
        if name not in PRESETS:
            raise PolicyError(f"unknown preset {name!r}; expected one of {', '.join(PRESETS)}")
        return _load_preset(name)

    @classmethod
    def from_toml(cls, path: str | Path) -> "Policy":
        """Read a policy file (format: ``leakguard/policies/escrow_gated.toml``)."""
        import tomllib

        path = Path(path)
        try:
            with path.open("rb") as handle:
                data = tomllib.load(handle)
        except OSError as exc:
            raise PolicyError(f"{path}: cannot read policy file: {exc.strerror or exc}") from None
        except tomllib.TOMLDecodeError as exc:
            raise PolicyError(f"{path}: not valid TOML: {exc}") from None
        return cls.from_dict(data, source=str(path), base_dir=path.parent)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any], *, source: str = "policy",
                  base_dir: str | Path | None = None) -> "Policy":
        """A policy from the parsed TOML/JSON structure; errors name ``source`` and the key.
        Relative lexicon paths are read from ``base_dir`` (a policy file's own folder)."""
        try:
            return _from_dict(cls, data, Path(base_dir) if base_dir is not None else None)
        except PolicyError as exc:
            raise PolicyError(f"{source}: {exc}") from None


# -- parsing helpers ------------------------------------------------------------------------

_TOP_KEYS = {"name", "extends", "min_score", "region", "score", "actions", "kinds", "stages", "allow", "channels", "lexicons",
             "detectors", "intent_model"}
_SCORE_KEYS = {"warn_at", "block_at", "weights"}
_ALLOW_KEYS = {"emails", "phones", "domains"}
_CHANNEL_KEYS = {"permitted", "from_stage"}


def _check_keys(table: Any, allowed: set[str], where: str) -> Mapping[str, Any]:
    if not isinstance(table, Mapping):
        raise PolicyError(f"{where}: expected a table, got {type(table).__name__}")
    for key in table:
        if key not in allowed:
            prefix = f"{where}." if where else ""
            raise PolicyError(f"{prefix}{key}: unknown key; expected one of {', '.join(sorted(allowed))}")
    return table


def _from_dict(cls: type[Policy], data: Mapping[str, Any], base_dir: Path | None = None) -> Policy:
    _check_keys(data, _TOP_KEYS, "")
    base_name = data.get("extends")
    if base_name is None:
        base = cls()
    elif base_name in PRESETS:
        base = _load_preset(base_name)
    else:
        raise PolicyError(f"extends: unknown preset {base_name!r}; expected one of {', '.join(PRESETS)}")
    changes: dict[str, Any] = {}
    for key in ("name", "min_score", "region", "intent_model"):
        if key in data:
            changes[key] = data[key]
    score = _check_keys(data.get("score", {}), _SCORE_KEYS, "score")
    for key in ("warn_at", "block_at"):
        if key in score:
            changes[key] = score[key]
    if "weights" in score:
        changes["weights"] = {**base.weights, **_mapping(score["weights"], "score.weights")}
    if "actions" in data:
        changes["actions"] = {**base.actions, **_mapping(data["actions"], "actions")}
    if "kinds" in data:
        changes["kinds"] = {**base.kinds, **_mapping(data["kinds"], "kinds")}
    if "stages" in data:
        stages = {s: dict(t) for s, t in base.stages.items()}
        for stage, table in _mapping(data["stages"], "stages").items():
            stages[stage] = {**stages.get(stage, {}), **_mapping(table, f"stages.{stage}")}
        changes["stages"] = stages
    allow = _check_keys(data.get("allow", {}), _ALLOW_KEYS, "allow")
    for key in ("emails", "phones", "domains"):
        if key in allow:
            changes[f"allow_{key}"] = allow[key]
    channels = _check_keys(data.get("channels", {}), _CHANNEL_KEYS, "channels")
    if "permitted" in channels:
        changes["permitted_channels"] = channels["permitted"]
    if "from_stage" in channels:
        changes["channels_from"] = channels["from_stage"]
    if "lexicons" in data:
        extra = {}
        for name, paths in _mapping(data["lexicons"], "lexicons").items():
            entries = list(_entries(paths, f"lexicons.{name}"))
            if base_dir is not None:  # a file's relative paths are relative to the file itself
                entries = [str(base_dir / p) if isinstance(p, str) and not Path(p).is_absolute() else p
                           for p in entries]
            file = _lexicon_file(name)
            extra[file] = [*extra.get(file, ()), *entries]
        # extends = "…" adds to the preset's files; it never drops them
        changes["lexicons"] = {file: (*base.lexicons.get(file, ()), *extra.get(file, ()))
                               for file in {*base.lexicons, *extra}}
    if "detectors" in data:
        changes["detectors"] = _named_detectors(data["detectors"], base, changes)
    return replace(base, **changes)


def _named_detectors(value: Any, base: Policy, changes: Mapping[str, Any]) -> tuple:
    """``detectors = ["name", ...]`` in a policy file: installed detectors (entry point group
    ``leakguard.detectors``) after the built-in ones for the file's region and lexicons."""
    from .detectors import installed_detectors

    names = list(_entries(value, "detectors"))
    for i, name in enumerate(names):
        if not isinstance(name, str) or not name.strip():
            raise PolicyError(f"detectors[{i}]: expected an entry point name, got {name!r}")
    region = str(changes.get("region", base.region)).upper()
    lexicons = _lexicons(changes.get("lexicons", base.lexicons))
    try:
        extra = installed_detectors(names)
    except ValueError as exc:
        raise PolicyError(f"detectors: {exc}") from None
    own = base.detectors.custom if base.detectors.custom is not None else _built_ins(region, tuple(lexicons.items()))
    return (*own, *extra)


def _mapping(value: Any, where: str) -> Mapping[str, Any]:
    if not isinstance(value, Mapping):
        raise PolicyError(f"{where}: expected a table, got {type(value).__name__}")
    return value


def _entries(value: Any, where: str) -> Iterable[Any]:
    if isinstance(value, (str, bytes)) or not isinstance(value, Iterable):
        raise PolicyError(f"{where}: expected a list of strings, got {type(value).__name__}")
    return sorted(value, key=str) if isinstance(value, (set, frozenset)) else value


def _string(value: Any, where: str) -> str:
    if not isinstance(value, str) or not value.strip():
        raise PolicyError(f"{where}: expected a non-empty string, got {value!r}")
    return value.strip().lower()


def _email(value: Any, where: str) -> str:
    text = _string(value, where)
    local, at, domain = text.rpartition("@")
    if not at or not local or not _DOMAIN_RE.fullmatch(domain):
        raise PolicyError(f"{where}: {value!r} is not an e-mail address")
    return text


def _domain(value: Any, where: str) -> str:
    text = _string(value, where).lstrip("@.")
    if not _DOMAIN_RE.fullmatch(text):
        raise PolicyError(f"{where}: {value!r} is not a domain name such as 'example.jp'")
    return text


def _phone(value: Any, region: str, where: str) -> str:
    text = _string(value, where)
    import phonenumbers

    try:
        number = phonenumbers.parse(text, region)
    except phonenumbers.NumberParseException:
        raise PolicyError(f"{where}: {value!r} is not a phone number") from None
    if not phonenumbers.is_possible_number(number):
        raise PolicyError(f"{where}: {value!r} is not a possible phone number in region {region}")
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def _channel(value: Any, where: str) -> str:
    text = _string(value, where)
    if text not in CHANNELS:
        raise PolicyError(f"{where}: unknown channel {value!r}; expected one of {', '.join(sorted(CHANNELS))}")
    return text


def _lexicon_file(name: Any) -> str:
    """``channel_aliases`` and ``channel_aliases.txt`` name the same file."""
    return str(name) if str(name).endswith(".txt") else f"{name}.txt"


def _lexicons(value: Any) -> Mapping[str, tuple[str, ...]]:
    if not isinstance(value, Mapping):
        raise PolicyError(f"lexicons: expected a table of lexicon name = [paths], got {type(value).__name__}")
    if not value:
        return MappingProxyType({})
    from .detectors import extendable_lexicons

    known = extendable_lexicons()
    out: dict[str, tuple[str, ...]] = {}
    for name, paths in value.items():
        file = _lexicon_file(name)
        if file not in known:
            names = ", ".join(n.removesuffix(".txt") for n in known)
            raise PolicyError(f"lexicons.{name}: no such extendable lexicon; expected one of {names}")
        entries = tuple(_entries(paths, f"lexicons.{name}"))
        for i, path in enumerate(entries):
            if not isinstance(path, (str, Path)) or not str(path).strip():
                raise PolicyError(f"lexicons.{name}[{i}]: expected a file path, got {path!r}")
        out[file] = tuple(out.get(file, ())) + tuple(str(p) for p in entries)
    return MappingProxyType(dict(sorted(out.items())))


def _domain_allowed(host: str, domains: frozenset[str]) -> bool:
    if not domains or not host:
        return False
    host = host.rstrip(".")
    while True:
        if host in domains:
            return True
        _, dot, host = host.partition(".")
        if not dot:
            return False


@functools.lru_cache(maxsize=None)
def _load_preset(name: str) -> Policy:
    import tomllib

    ref = resources.files("leakguard") / "policies" / f"{name}.toml"
    data = tomllib.loads(ref.read_text(encoding="utf-8"))
    return Policy.from_dict(data, source=f"leakguard/policies/{name}.toml")


DEFAULT_POLICY = Policy()
