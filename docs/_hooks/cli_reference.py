"""MkDocs hook: renders the CLI reference from the argparse parsers at build time, so it cannot drift.

A page asks for it with the marker ``<!-- cli-reference -->``.
"""
from __future__ import annotations

import argparse

MARKER = "<!-- cli-reference -->"


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def _option_names(action: argparse.Action) -> str:
    if not action.option_strings:
        return f"`{action.metavar or action.dest}`"
    names = ", ".join(f"`{s}`" for s in action.option_strings)
    if action.nargs != 0:
        metavar = action.metavar or (("{" + ",".join(action.choices) + "}") if action.choices else action.dest.upper())
        names += f" `{metavar}`"
    return names


def _default(action: argparse.Action) -> str:
    if action.nargs == 0 or action.default in (None, argparse.SUPPRESS) or action.default == []:
        return ""
    return f"`{action.default}`"


def render(parser: argparse.ArgumentParser, level: str = "##") -> str:
    lines = [f"{level} `{parser.prog}`", "", "```text", parser.format_usage().strip(), "```", ""]
    if parser.description:
        lines += [parser.description, ""]
    for group in parser._action_groups:  # argparse has no public accessor for its groups
        actions = [a for a in group._group_actions if not isinstance(a, argparse._HelpAction)]
        if not actions:
            continue
        lines += [f"**{group.title}**", "", "| option | default | what it does |", "|---|---|---|"]
        for action in actions:
            help_text = (action.help or "").replace("%(default)s", str(action.default)).replace("%%", "%")
            if action.choices and action.option_strings:
                help_text += f" (one of {', '.join(f'`{c}`' for c in action.choices)})"
            lines.append(f"| {_cell(_option_names(action))} | {_cell(_default(action))} | {_cell(help_text)} |")
        lines.append("")
    if parser.epilog:
        lines += [parser.epilog, ""]
    return "\n".join(lines)


def reference() -> str:
    from leakguard.cli import build_parser
    from leakguard.server import build_parser as build_serve_parser

    return render(build_parser()) + "\n" + render(build_serve_parser())


def on_page_markdown(markdown: str, page, config, files, **kwargs) -> str:
    if MARKER in markdown:
        markdown = markdown.replace(MARKER, reference())
    return markdown
