"""The service's contract as an OpenAPI 3.1 document, served at ``GET /openapi.json``.

Written by hand, next to the code it describes: tests/test_server.py validates real responses
against these schemas, so the document and the service cannot drift apart unnoticed.
"""
from __future__ import annotations

from typing import Any

from .context import STAGES
from .model import CATEGORIES

_REF = "#/components/schemas/"
_FLAG = {"type": "string", "enum": ["true", "false", "1", "0"]}


def _ref(name: str) -> dict[str, str]:
    return {"$ref": _REF + name}


def _error_response(description: str) -> dict[str, Any]:
    return {"description": description, "content": {"application/json": {"schema": _ref("Error")}}}


def _schemas(max_text_chars: int, max_batch: int) -> dict[str, Any]:
    context = {
        "description": "The deal stage: a stage name, an object, or null for unknown.",
        "oneOf": [
            {"type": "null"},
            {"type": "string", "enum": list(STAGES)},
            {"type": "object", "additionalProperties": False,
             "properties": {"stage": {"type": "string", "enum": list(STAGES)},
                            "completed_deals": {"type": "integer", "minimum": 0}}},
        ],
    }
    return {
        "CheckRequest": {
            "type": "object", "required": ["text"], "additionalProperties": False,
            "properties": {
                "text": {"type": "string", "maxLength": max_text_chars, "description": "The message to check."},
                "context": context,
                "conversation": {"type": ["string", "null"], "maxLength": 256,
                                 "description": "One room AND one sender, e.g. room-42:user-7: parts of an "
                                                "identifier sent one by one are joined within it."},
                "explain": {"type": ["string", "null"], "enum": ["ja", "en", None],
                            "description": "Add `explain`, a paragraph for the sender, in this language."},
                "hide_values": {"type": "boolean", "default": False,
                                "description": "Return findings without `text` and `value` (null)."},
            },
        },
        "BatchRequest": {
            "type": "object", "required": ["messages"], "additionalProperties": False,
            "properties": {"messages": {"type": "array", "maxItems": max_batch, "items": _ref("CheckRequest")}},
        },
        "Finding": {
            "type": "object", "additionalProperties": False,
            "required": ["category", "start", "end", "text", "value", "score", "reason", "reason_en"],
            "properties": {
                "category": {"type": "string", "enum": list(CATEGORIES)},
                "start": {"type": "integer", "minimum": 0, "description": "Code-point offset into `text`."},
                "end": {"type": "integer", "minimum": 0},
                "text": {"type": ["string", "null"], "description": "The message's slice; null with hide_values."},
                "value": {"type": ["string", "null"],
                          "description": "Normalized value (E.164 phone, e-mail, LINE ID, channel, phrase); "
                                         "null with hide_values."},
                "score": {"type": "number", "minimum": 0, "maximum": 1},
                "reason": {"type": "string", "description": "Why, in Japanese."},
                "reason_en": {"type": "string", "description": "Why, in English."},
                "kind": {"type": "string", "enum": ["handle", "invitation", "request"],
                         "description": "external_contact only: an account on a messaging app (or a link to "
                                        "one), an invitation to continue elsewhere, or a request for the "
                                        "other side's contact. The policy's [kinds] table acts on it."},
                "warn_only": {"type": "boolean", "enum": [True],
                              "description": "Present only when true: an intent reading capped so that it may "
                                             "warn but not block (a quotation, a payment told of and not "
                                             "asked); all of a message's count as one term of its score."},
                "source": {"type": "string", "enum": ["qr", "barcode", "ocr"],
                           "description": "/v1/check-image only: where in the picture the text was read."},
                "box": {"type": ["array", "null"], "items": {"type": "integer"}, "minItems": 4, "maxItems": 4,
                        "description": "/v1/check-image only: [x, y, width, height] in pixels."},
            },
        },
        "Report": {
            "type": "object", "additionalProperties": False, "required": ["score", "action", "findings"],
            "properties": {
                "score": {"type": "number", "minimum": 0, "maximum": 1},
                "action": {"type": "string", "enum": ["allow", "warn", "block"]},
                "findings": {"type": "array", "items": _ref("Finding")},
                "explain": {"type": "string", "description": "Present when the request asked for it."},
            },
        },
        "BatchResponse": {
            "type": "object", "additionalProperties": False, "required": ["results"],
            "properties": {"results": {"type": "array", "items": _ref("Report")}},
        },
        "Health": {
            "type": "object", "additionalProperties": False, "required": ["status", "version"],
            "properties": {"status": {"const": "ok"}, "version": {"type": "string"}},
        },
        "Error": {
            "type": "object", "additionalProperties": False, "required": ["error"],
            "properties": {"error": {
                "type": "object", "additionalProperties": False, "required": ["code", "message"],
                "properties": {
                    "code": {"type": "string", "enum": ["malformed", "unauthorized", "not_found",
                                                        "method_not_allowed", "timeout", "too_large",
                                                        "unsupported_media_type", "busy", "not_available",
                                                        "not_a_picture", "internal", "http_error"]},
                    "message": {"type": "string", "maxLength": 400,
                                "description": "For people; quotes at most a short prefix of the input."},
                },
            }},
        },
    }


def _check_responses(ok: str) -> dict[str, Any]:
    return {
        "200": {"description": "The verdict.", "content": {"application/json": {"schema": _ref(ok)}}},
        "400": _error_response("Malformed JSON or a field of the wrong type (`malformed`)."),
        "401": _error_response("Token required and missing or wrong (`unauthorized`)."),
        "408": _error_response("The body did not arrive within the body timeout (`timeout`)."),
        "413": _error_response("Body, message or batch over its limit (`too_large`)."),
        "415": _error_response("Not `Content-Type: application/json` (`unsupported_media_type`)."),
        "503": _error_response("The checks did not finish within the time budget (`timeout`) or too "
                               "many connections are open (`busy`): nothing was decided."),
    }


def document(*, version: str, max_body_bytes: int, max_text_chars: int, max_batch: int,
             scan_timeout: float, body_timeout: float) -> dict[str, Any]:
    """The OpenAPI document for a service with these limits."""
    limits = (f"Limits: body {max_body_bytes} bytes, message {max_text_chars} characters, batch {max_batch} "
              f"messages; the body must arrive within {body_timeout:g} s and a request's checks finish within "
              f"{scan_timeout:g} s.")
    secured = [{"bearer": []}]
    return {
        "openapi": "3.1.0",
        "jsonSchemaDialect": "https://json-schema.org/draft/2020-12/schema",
        "info": {"title": "leakguard pre-send service", "version": version,
                 "description": "Checks Japanese marketplace chat messages before they are sent and answers "
                                "allow, warn or block. " + limits},
        "components": {
            "schemas": _schemas(max_text_chars, max_batch),
            "securitySchemes": {"bearer": {
                "type": "http", "scheme": "bearer",
                "description": "Required when the service was started with --token-file."}},
        },
        "paths": {
            "/v1/check": {"post": {
                "summary": "Check one message", "operationId": "check", "security": secured,
                "requestBody": {"required": True, "content": {"application/json": {"schema": _ref("CheckRequest")}}},
                "responses": _check_responses("Report"),
            }},
            "/v1/check-batch": {"post": {
                "summary": "Check messages in order", "operationId": "checkBatch", "security": secured,
                "requestBody": {"required": True, "content": {"application/json": {"schema": _ref("BatchRequest")}}},
                "responses": _check_responses("BatchResponse"),
            }},
            "/v1/check-image": {"post": {
                "summary": "Check a picture (QR codes, barcodes, text read by OCR)", "operationId": "checkImage",
                "security": secured,
                "parameters": [
                    {"name": "stage", "in": "query", "schema": {"type": "string", "enum": list(STAGES)}},
                    {"name": "explain", "in": "query", "schema": {"type": "string", "enum": ["ja", "en"]}},
                    {"name": "hide_values", "in": "query", "schema": _FLAG},
                    {"name": "ocr", "in": "query", "schema": _FLAG},
                ],
                "requestBody": {"required": True, "content": {
                    kind: {"schema": {"type": "string", "format": "binary"}}
                    for kind in ("image/png", "image/jpeg", "image/webp", "image/gif", "application/octet-stream")}},
                "responses": {**_check_responses("Report"),
                              "400": _error_response("Bad query parameter (`malformed`) or bytes that are not a "
                                                     "picture (`not_a_picture`)."),
                              "501": _error_response("The images extra is not installed (`not_available`).")},
            }},
            "/healthz": {"get": {
                "summary": "Liveness (no token)", "operationId": "health", "security": [],
                "responses": {"200": {"description": "Up.",
                                      "content": {"application/json": {"schema": _ref("Health")}}}},
            }},
            "/metrics": {"get": {
                "summary": "Prometheus metrics: counts and latencies, never text", "operationId": "metrics",
                "security": secured,
                "responses": {"200": {"description": "Prometheus text format.",
                                      "content": {"text/plain": {"schema": {"type": "string"}}}},
                              "401": _error_response("Token required and missing or wrong."),
                              "501": _error_response("prometheus_client is not installed (`not_available`).")},
            }},
            "/openapi.json": {"get": {
                "summary": "This document", "operationId": "openapi", "security": [],
                "responses": {"200": {"description": "OpenAPI 3.1.",
                                      "content": {"application/json": {"schema": {"type": "object"}}}}},
            }},
        },
    }
