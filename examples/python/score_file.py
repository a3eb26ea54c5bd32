#!/usr/bin/env python3
"""Scores an evaluation file through jixiao's C ABI, from Python's standard library (ctypes),
and prints its total and grade.

    score_file.py EVALUATION.json [LIBRARY]     →   changji-2023.json: total 88.26, grade 良

LIBRARY is the path of libjixiao_c.so.1; by default the dynamic loader finds it (an installed
jixiao, or LD_LIBRARY_PATH). The total arrives as decimal text and stays one: Python's
decimal.Decimal reads it exactly, never through a float.
"""
import ctypes
import decimal
import sys


class Jixiao:
    """The few functions of jixiao.h this example needs, with their C types declared."""

    OK = 0

    def __init__(self, path="libjixiao_c.so.1"):
        lib = ctypes.CDLL(path)
        handle = ctypes.c_void_p
        out_handle = ctypes.POINTER(ctypes.c_void_p)
        out_text = ctypes.POINTER(ctypes.c_void_p)  # char*, kept as a pointer to free it
        lib.jixiao_abi_version.restype = ctypes.c_int
        lib.jixiao_last_error_message.restype = ctypes.c_char_p
        lib.jixiao_free.argtypes = [ctypes.c_void_p]
        lib.jixiao_free.restype = None
        lib.jixiao_evaluation_parse.argtypes = [ctypes.c_char_p, ctypes.c_size_t,
                                                ctypes.c_char_p, out_handle]
        lib.jixiao_score.argtypes = [handle, out_handle]
        lib.jixiao_scorecard_total.argtypes = [handle, out_text]
        lib.jixiao_scorecard_grade.argtypes = [handle, out_text]
        for free in (lib.jixiao_evaluation_free, lib.jixiao_scorecard_free):
            free.argtypes = [handle]
        self.lib = lib
        if lib.jixiao_abi_version() != 1:
            raise RuntimeError(f"libjixiao_c has ABI {lib.jixiao_abi_version()}, expected 1")

    def check(self, status):
        if status != self.OK:
            raise RuntimeError(f"error {status}: "
                               + self.lib.jixiao_last_error_message().decode("utf-8"))

    def text(self, function, handle):
        """Calls a function that gives text, copies it into a str and frees the original."""
        out = ctypes.c_void_p()
        self.check(function(handle, ctypes.byref(out)))
        try:
            return ctypes.string_at(out.value).decode("utf-8")
        finally:
            self.lib.jixiao_free(out)

    def total_and_grade(self, json_bytes, source):
        lib = self.lib
        evaluation = ctypes.c_void_p()
        card = ctypes.c_void_p()
        try:
            self.check(lib.jixiao_evaluation_parse(json_bytes, len(json_bytes),
                                                   source.encode("utf-8"),
                                                   ctypes.byref(evaluation)))
            self.check(lib.jixiao_score(evaluation, ctypes.byref(card)))
            total = decimal.Decimal(self.text(lib.jixiao_scorecard_total, card))
            return total, self.text(lib.jixiao_scorecard_grade, card)
        finally:
            lib.jixiao_scorecard_free(card)  # NULL (never scored) is ignored
            lib.jixiao_evaluation_free(evaluation)


def main():
    if len(sys.argv) not in (2, 3):
        sys.exit(__doc__)
    jixiao = Jixiao(*sys.argv[2:])
    with open(sys.argv[1], "rb") as f:
        json_bytes = f.read()
    try:
        total, grade = jixiao.total_and_grade(json_bytes, sys.argv[1])
    except RuntimeError as e:
        sys.exit(str(e))
    print(f"{sys.argv[1]}: total {total}, grade {grade}")


if __name__ == "__main__":
    main()
