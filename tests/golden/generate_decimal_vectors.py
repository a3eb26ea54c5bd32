#!/usr/bin/env python3
"""Generates tests/golden/decimal_vectors.tsv: expected results computed by Python's `decimal`
module (libmpdec), an implementation independent of jixiao, for jixiao's Decimal to match.

    generate_decimal_vectors.py            write the vectors to stdout
    generate_decimal_vectors.py -o FILE    write them to FILE
    generate_decimal_vectors.py --check FILE
                                           exit 1 unless FILE is exactly what this script makes

Each line is `op <TAB> a <TAB> b <TAB> places <TAB> mode <TAB> expected`, with `-` for an
unused field. Operations and jixiao's rules for them:

    add, sub, mul  exact; scale max(sa, sb) for add/sub, sa + sb for mul
    round          a.round(places, mode): fewer places drop digits by mode, more append zeros
    div            divide(a, b, places, mode): the exact quotient rounded once
    cmp            compare(a, b): -1, 0 or 1

`expected` is the exact result with its scale, or `overflow.201` (more than 38 significant
digits) / `overflow.202` (more than 38 decimal places).

The vectors are reproducible: a fixed seed, and the same hand-picked edge cases first.
"""

import argparse
import decimal
import random
import sys
from decimal import Decimal

SEED = 20261128
RANDOM_CASES = 6000
MAX_DIGITS = 38
MAX_SCALE = 38

MODES = {
    "half_up": decimal.ROUND_HALF_UP,      # ties away from zero (四舍五入)
    "half_even": decimal.ROUND_HALF_EVEN,
    "half_down": decimal.ROUND_HALF_DOWN,  # ties toward zero
    "up": decimal.ROUND_UP,                # away from zero
    "down": decimal.ROUND_DOWN,            # toward zero
    "ceiling": decimal.ROUND_CEILING,
    "floor": decimal.ROUND_FLOOR,
}

# Wide enough that every exact operation below is exact (the sticky division step needs
# 501 digits); Inexact is a trap, so an accidental rounding would stop the script.
EXACT = decimal.Context(prec=700, Emax=10**6, Emin=-10**6,
                        traps=[decimal.Inexact, decimal.InvalidOperation,
                               decimal.DivisionByZero, decimal.Overflow])
# The same, for the one operation that is meant to round: quantize().
ROUNDING = decimal.Context(prec=700, Emax=10**6, Emin=-10**6,
                           traps=[decimal.InvalidOperation, decimal.Overflow])


def scale_of(d):
    return max(0, -d.as_tuple().exponent)


def check_range(d):
    """jixiao's representable range: at most 38 digits and 38 places."""
    digits = d.as_tuple().digits
    significant = len(digits) - next((i for i, x in enumerate(digits) if x != 0), len(digits))
    if scale_of(d) > MAX_SCALE:
        return "overflow.202"
    if significant > MAX_DIGITS:
        return "overflow.201"
    return None


def text(d):
    # Positional notation with the scale kept: Decimal('1.50') -> '1.50', '-0' -> '0'.
    s = format(d, "f")
    return s[1:] if s.startswith("-") and d.is_zero() else s


def exact_result(d):
    return check_range(d) or text(d)


def op_add(a, b):
    return exact_result(EXACT.add(a, b))


def op_sub(a, b):
    return exact_result(EXACT.subtract(a, b))


def op_mul(a, b):
    product = EXACT.multiply(a, b)
    if scale_of(a) + scale_of(b) > MAX_SCALE:
        return "overflow.202"
    return exact_result(product)


def op_round(a, places, mode):
    quantum = Decimal((0, (1,), -places))
    return exact_result(a.quantize(quantum, rounding=MODES[mode], context=ROUNDING))


def op_div(a, b, places, mode):
    """The exact quotient rounded once at `places`.

    Dividing to 500 significant digits toward zero gives the true digits; if the division
    was inexact, a sticky digit one place further out makes quantize() see the true position
    of the value between two candidates (no rounding boundary at `places` can lie strictly
    inside one unit of the 500th digit), so ties are only reported when they are exact.
    """
    context = decimal.Context(prec=500, rounding=decimal.ROUND_DOWN, Emax=10**6, Emin=-10**6)
    quotient = context.divide(a, b)
    if context.flags[decimal.Inexact]:
        sticky = Decimal((quotient.as_tuple().sign, (1,), quotient.adjusted() - 500))
        quotient = EXACT.add(quotient, sticky)
    return op_round(quotient, places, mode)


def op_cmp(a, b):
    return str(a.compare(b))


def random_decimal(rng):
    """A decimal in jixiao's range, biased toward the shapes that find bugs: short values
    with ties, values at the 38-digit edge, every scale."""
    shape = rng.random()
    if shape < 0.45:
        digits = rng.randint(1, 6)
        scale = rng.randint(0, 4)
    elif shape < 0.75:
        digits = rng.randint(1, MAX_DIGITS)
        scale = rng.randint(0, MAX_SCALE)
    else:
        digits = rng.randint(30, MAX_DIGITS)
        scale = rng.randint(0, MAX_SCALE)
    coefficient = "".join(str(rng.randint(0, 9)) for _ in range(digits))
    if rng.random() < 0.2:  # a tie: ...5 or ...50 at the end
        coefficient = coefficient[:-1] + "5"
    sign = "-" if rng.random() < 0.5 else ""
    d = Decimal(sign + coefficient).scaleb(-scale, context=EXACT)
    return d


def hand_picked():
    """Edge cases written out: the seed report, the ties of the issue, the range limits."""
    max38 = "9" * 38
    cases = [
        ("div", "693.68", "1994", 4, "half_up"),  # 预算执行率 = 34.79%
        ("div", "693.68", "1994", 2, "half_up"),
        ("mul", "0.3479", "5", None, None),       # 34.79% × 5 = 1.7395 → 1.74
        ("round", "1.7395", None, 2, "half_up"),
        ("round", "-0.125", None, 2, "half_up"),
        ("round", "-0.125", None, 2, "half_even"),
        ("round", "0.125", None, 2, "half_down"),
        ("div", "1.335", "3", 2, "half_up"),      # (1/3) × 1.335 = 0.445 → 0.45
        ("div", "-1", "8", 2, "half_up"),
        ("div", "1", "8", 2, "half_even"),
        ("div", "1", "3", 38, "half_up"),
        ("div", "2", "3", 38, "down"),
        ("div", max38, "1", 0, "half_up"),
        ("div", max38, "0.1", 0, "half_up"),      # overflow.201
        ("div", "1", max38, 38, "half_up"),
        ("div", "0." + "0" * 37 + "1", max38, 38, "up"),
        ("div", max38, "0." + "0" * 37 + "3", 0, "half_up"),
        ("add", max38, "1", None, None),          # overflow.201
        ("add", max38, "-1", None, None),
        ("add", "1" + "0" * 37, "-" + "9" * 37 + ".5", None, None),  # aligned > 38 digits, fits
        ("sub", "-" + max38, "1", None, None),
        ("mul", "1" + "0" * 18, "1" + "0" * 19, None, None),  # 10^37
        ("mul", "1" + "0" * 19, "1" + "0" * 19, None, None),  # overflow.201
        ("mul", "0." + "0" * 19 + "1", "0." + "0" * 18 + "1", None, None),  # overflow.202
        ("round", max38, None, 1, "half_up"),     # overflow.201
        ("round", "9" * 36 + ".99", None, 1, "half_up"),
        ("round", "0." + max38, None, 0, "half_up"),
        ("cmp", "1.50", "1.5", None, None),
        ("cmp", "1" + "0" * 37, "0." + "0" * 37 + "5", None, None),
        ("cmp", "-" + max38, "-0." + max38, None, None),
    ]
    for mode in MODES:
        for value in ("0.125", "-0.125", "0.135", "-0.135", "0.121", "-0.129", "2.5", "-2.5",
                      "0.5", "-0.5", "0.0", "7"):
            places = max(0, scale_of(Decimal(value)) - 1)  # the last digit is dropped
            cases.append(("round", value, None, places, mode))
    return cases


def evaluate(op, a, b, places, mode):
    a = Decimal(a)
    b = Decimal(b) if b is not None else None
    if op == "add":
        return op_add(a, b)
    if op == "sub":
        return op_sub(a, b)
    if op == "mul":
        return op_mul(a, b)
    if op == "round":
        return op_round(a, places, mode)
    if op == "div":
        return op_div(a, b, places, mode)
    if op == "cmp":
        return op_cmp(a, b)
    raise ValueError(op)


def cases():
    yield from hand_picked()
    rng = random.Random(SEED)
    ops = ["add", "sub", "mul", "round", "div", "cmp"]
    for i in range(RANDOM_CASES):
        op = ops[i % len(ops)]
        a = random_decimal(rng)
        b = random_decimal(rng)
        if op == "div" and b.is_zero():
            b = Decimal(7)
        places = rng.randint(0, MAX_SCALE) if rng.random() < 0.3 else rng.randint(0, 6)
        mode = rng.choice(list(MODES))
        if op in ("add", "sub", "mul", "cmp"):
            yield (op, text(a), text(b), None, None)
        elif op == "round":
            yield (op, text(a), None, places, mode)
        else:
            yield (op, text(a), text(b), places, mode)


def render():
    lines = [
        "# Generated by tests/golden/generate_decimal_vectors.py (Python decimal "
        + decimal.__version__ + "); do not edit.",
        "# op\ta\tb\tplaces\tmode\texpected",
    ]
    for op, a, b, places, mode in cases():
        expected = evaluate(op, a, b, places, mode)
        fields = [op, a, b if b is not None else "-",
                  str(places) if places is not None else "-", mode or "-", expected]
        lines.append("\t".join(fields))
    return "\n".join(lines) + "\n"


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("-o", "--output", help="write the vectors to this file")
    parser.add_argument("--check", metavar="FILE",
                        help="exit 1 unless FILE holds exactly the generated vectors")
    args = parser.parse_args()
    content = render()
    if args.check:
        with open(args.check, encoding="utf-8") as f:
            committed = f.read()
        if committed != content:
            old = committed.splitlines()
            new = content.splitlines()
            for n, (x, y) in enumerate(zip(old, new), start=1):
                if x != y:
                    print(f"{args.check}:{n}: committed {x!r}, generator gives {y!r}")
                    break
            else:
                print(f"{args.check}: {len(old)} lines committed, generator gives {len(new)}")
            return 1
        print(f"{args.check}: {len(content.splitlines())} lines, reproduced exactly")
        return 0
    if args.output:
        with open(args.output, "w", encoding="utf-8", newline="\n") as f:
            f.write(content)
    else:
        sys.stdout.write(content)
    return 0


if __name__ == "__main__":
    sys.exit(main())
