# Writes semantics.json: the rows below with the value CPython gives for each (run with python3 3.11).
import json
R = []
def e(expr, code=""):
    R.append({"code": code, "expr": expr})
# arithmetic: int vs float
for x in ["7 / 2", "7 // 2", "-7 // 2", "7 // -2", "7.0 // 2", "-7 % 3", "7 % -3", "-7.5 % 2", "7.5 % -2", "2 ** 10", "2 ** -1", "2.0 ** 3",
          "(-8) ** 2", "10 / 5", "1 + 2.0", "True + True", "3 * True", "0.1 + 0.2", "1e16", "1e-5", "0.0001", "123456789.0", "1.5e300 * 1e10 if False else 2.5e-7",
          "-0.0", "abs(-3)", "abs(-3.5)", "divmod(7, -2)", "divmod(-7.5, 2)", "pow(2, 10, 7)", "2 ** 100", "-2 ** 2", "int(3.9)", "int(-3.9)", "int('42')",
          "int(' -17 ')", "int('ff', 16)", "float('1.5')", "float('inf')", "float(3)", "7 // 2 * 2 + 7 % 2", "1_000_000", "0x1F + 0o17 + 0b101",
          "round(2.5)", "round(3.5)", "round(-2.5)", "round(2.675, 2)", "round(0.125, 2)", "round(1234, -2)", "round(1250, -2)", "round(2.5, 0)", "round(7)",
          "1 / 3", "2 / 3 * 3", "10 % 3.0", "5 // 0.5", "3 << 4", "-16 >> 2", "6 & 3", "6 | 3", "6 ^ 3", "~5", "-(-3)", "+4.0"]:
    e(x)
# errors
for x in ["1 / 0", "1 // 0", "1 % 0", "1.0 / 0", "'a' + 1", "1 + 'a'", "[1] * 2.0", "int('x')", "float('abc')", "[][0]", "{}['k']", "(1, 2)[5]",
          "undefined_name", "len(5)", "'abc'.nope()", "None.x", "range(1.5)", "int(float('nan'))", "'a' < 1", "[1, 2] < (1, 2)", "0.0 ** -1"]:
    e(x)
# comparisons, truthiness, boolean operators
for x in ["1 < 2 < 3", "1 < 3 < 2", "3 > 2 == 2", "1 == 1.0", "None is None", "[] is []", "[1, 2] == [1, 2]", "(1, 2) == [1, 2]", "'a' < 'b' <= 'b'",
          "2 in [1, 2, 3]", "4 not in (1, 2)", "'b' in 'abc'", "'k' in {'k': 1}", "3 in range(0, 10, 3)", "4 in range(0, 10, 3)", "bool([])", "bool([0])",
          "bool('')", "bool(0.0)", "bool(None)", "bool({})", "bool(range(0))", "0 or 'x'", "'' or 0", "1 and 2", "0 and 2", "not 0", "not 'a'",
          "[] or [1]", "(1, 2) < (1, 3)", "[1, 2, 3] > [1, 2]", "float('nan') == float('nan')", "1 != 2", "x if 0 else 'no'".replace("x", "'yes'")]:
    e(x)
# strings and formatting
for x in ["f'{3.0}'", "f'{1/3:.3f}'", "f'{42:>6}|'", "f'{42:<6}|'", "f'{42:^7}|'", "f'{42:06d}'", "f'{3.14159:8.2f}|'", "f'{1234567:,}'", "f'{0.5:%}'",
          "f'{0.25:.1%}'", "f'{255:x} {255:#X} {5:b} {8:o}'", "f'{1e-7}'", "f'{12345.678:e}'", "f'{12345.678:.3g}'", "f'{0.0001234:g}'", "f'{100.0:g}'",
          "f'{\"q\"!r}'", "f'{[1, \"a\"]}'", "f'{None} {True}'", "f'{{braces}}'", "f'{2+3=}'", "f'{-5:+d} {5:+d}'", "f'{3.0:.0f}'", "f'{2.5:.0f} {3.5:.0f}'",
          "'%d items' % 3", "'%s and %r' % ('a', 'b')", "'%5.2f|' % 3.14159", "'%-5d|' % 42", "'%05d' % -42", "'%x %o %e' % (255, 8, 12345.678)", "'%(a)s-%(b)d' % {'a': 'x', 'b': 2}",
          "'%.3s' % 'abcdef'", "'%%'% ()", "'{} {}'.format(1, 'a')", "'{1}{0}'.format('a', 'b')", "'{x:.2f}'.format(x=2)", "'{:>{}}'.format('a', 4)",
          "str(1.0)", "str(10**20)", "str(1e22)", "repr('it\\'s')", "repr('a\"b')", "repr('tab\\t')", "str([1.5, 'a', None, (1,)])", "str({'a': 1, 2: [3]})",
          "str(set())", "str({1})", "str(())", "str(range(3))", "repr(1e100)", "str(-1.5e-10)", "'-'.join(['a', 'b', 'c'])", "'a,b,,c'.split(',')",
          "'  a  b '.split()", "'a b c'.split(' ', 1)", "'  pad  '.strip()", "'xxhixx'.strip('x')", "'Hello'.upper() + 'Hello'.lower()", "'abcabc'.replace('b', 'B')",
          "'abcabc'.replace('b', 'B', 1)", "'hello world'.title()", "'abc'.startswith(('x', 'a'))", "'abc'.find('c')", "'abc'.find('z')", "'aaa'.count('a')", "'7'.zfill(3)",
          "'ab'.center(6, '*')", "'ab'.ljust(4) + '|'", "'abc'[1]", "'abc'[-1]", "'abcdef'[1:4]", "'abcdef'[::2]", "'abcdef'[::-1]", "len('héllo')", "'a' * 3",
          "3 * 'ab'", "'abc' + 'def'", "str(True)", "str(None)", "'%s' % None", "format(3.5, '.1f')", "ascii('é')", "chr(65) + str(ord('a'))", "'a\\nb'.splitlines()"]:
    e(x)
# sequences, slicing, unpacking, comprehensions
for x in ["[1, 2, 3][1:]", "[1, 2, 3][:-1]", "[1, 2, 3, 4, 5][::-2]", "[1, 2, 3][5:]", "(1, 2, 3)[1:]", "list(range(5))[-3:-1]", "[0] * 3", "[1, 2] + [3]",
          "(1,) + (2,)", "(1)", "(1,)", "()", "[i * i for i in range(5)]", "[i for i in range(10) if i % 3 == 0]", "[(i, j) for i in range(2) for j in range(2)]",
          "{i: i * i for i in range(3)}", "{x % 3 for x in range(10)}", "sum(x for x in range(5))", "list(range(10, 0, -3))", "list(range(0))", "len(range(1, 10, 2))",
          "range(10)[3]", "list(enumerate('ab'))", "list(enumerate('ab', 1))", "list(zip([1, 2, 3], 'ab'))", "sorted([3, 1, 2])", "sorted(['b', 'A', 'c'], key=str.lower if False else None)".replace("key=str.lower if False else None", "reverse=True"),
          "sorted([(1, 'b'), (1, 'a'), (0, 'z')])", "sorted([-3, 1, -2], key=abs)", "list(reversed([1, 2, 3]))", "min([3, 1, 2])", "max(3, 7, 5)", "max([], default=0)",
          "min(['bb', 'a', 'ccc'], key=len)", "sum([0.1] * 10)", "sum([1, 2], 10)", "any([0, '', 1])", "all([1, 'a', []])", "list(map(lambda v: v * 2, [1, 2]))",
          "list(filter(None, [0, 1, '', 'a']))", "tuple([1, 2])", "list('abc')", "dict([('a', 1), ('b', 2)])", "dict(a=1, b=2)", "set([1, 2, 2, 3]) == {1, 2, 3}",
          "len({1: 2, 1.0: 3})", "{1: 'a', True: 'b'}", "[1, 2, 3].index(2)", "[1, 1, 2].count(1)", "isinstance(1, int)", "isinstance(1.0, int)", "isinstance(True, int)",
          "isinstance(1.0, (int, float))", "isinstance('a', str)", "isinstance([], list)", "isinstance((), tuple)", "isinstance({}, dict)", "type(1) == int", "type(1.0) is float",
          "[1, 2, 3][-1]", "[[1, 2], [3, 4]][1][0]", "{'a': {'b': 2}}['a']['b']", "list({'b': 1, 'a': 2})", "list({'b': 1, 'a': 2}.items())", "{'a': 1}.get('z', 5)",
          "{'a': 1, **{'b': 2}}", "[*range(3), *'ab']", "(*[1, 2], 3)", "abs(-0.0)"]:
    e(x)
# statements
def s(code, expr):
    e(expr, code)
s("a, b = 1, 2\na, b = b, a", "(a, b)")
s("a, *b = [1, 2, 3]", "(a, b)")
s("*a, b = 'xyz'", "(a, b)")
s("(a, b), c = (1, 2), 3", "a + b + c")
s("x = y = [1]\nx.append(2)", "y")
s("x = [1]\nx += [2]\nx *= 2", "x")
s("t = (1,)\nu = t\nt += (2,)", "(t, u)")
s("n = 10\nn //= 3\nn **= 2\nn -= 1\nn %= 5", "n")
s("d = {}\nd['k'] = 1\nd['k'] += 1\nd.setdefault('z', []).append(3)", "d")
s("l = [0, 1, 2, 3, 4]\nl[1:3] = ['a']\ndel l[0]", "l")
s("l = [3, 1, 2]\nl.sort()\nl.reverse()\nl.insert(0, 9)\nl.pop()", "l")
s("total = 0\nfor i in range(10):\n    if i == 7:\n        break\n    if i % 2:\n        continue\n    total += i", "total")
s("r = []\nfor i in range(3):\n    r.append(i)\nelse:\n    r.append('done')", "r")
s("r = []\nfor i in range(3):\n    if i == 1:\n        break\nelse:\n    r.append('done')", "(i, r)")
s("i = 0\nwhile i < 5:\n    i += 2\nelse:\n    i = -i", "i")
s("x = 5\nif x < 0:\n    k = 'neg'\nelif x == 0:\n    k = 'zero'\nelse:\n    k = 'pos'", "k")
s("def f(a, b=2, *args, c=3, **kw):\n    return (a, b, args, c, kw)", "f(1)")
s("def f(a, b=2, *args, c=3, **kw):\n    return (a, b, args, c, kw)", "f(1, 5, 6, 7, c=8, d=9)")
s("def f(a, b=2, *args, c=3, **kw):\n    return (a, b, args, c, kw)", "f(*[1, 2, 3], **{'c': 0})")
s("def f(a, b):\n    return a - b", "f(b=1, a=5)")
s("def f(a, b):\n    return a - b", "f(1)")
s("def f(a, b):\n    return a - b", "f(1, 2, 3)")
s("def f(a):\n    return a", "f(1, z=2)")
s("def f(a):\n    return a", "f(1, a=2)")
s("def f(*, k):\n    return k", "f()")
s("def f():\n    return 1, 2", "f()")
s("def f():\n    pass", "f()")
s("def outer():\n    n = 0\n    def inc():\n        nonlocal n\n        n += 1\n    inc()\n    inc()\n    return n", "outer()")
s("def setg():\n    global gg\n    gg = 5\nsetg()", "gg")
s("def fact(n):\n    return 1 if n <= 1 else n * fact(n - 1)", "fact(20)")
s("sq = lambda v, p=2: v ** p", "(sq(3), sq(2, 3))")
s("fs = [lambda k=i: k * 10 for i in range(3)]", "[f() for f in fs]")
s("def f():\n    try:\n        return 1 / 0\n    except ZeroDivisionError as err:\n        return 'caught ' + str(err)", "f()")
s("def f():\n    try:\n        [][1]\n    except (KeyError, IndexError) as err:\n        return repr(err)", "f()")
s("def f():\n    r = []\n    try:\n        r.append('body')\n    except Exception:\n        r.append('except')\n    else:\n        r.append('else')\n    finally:\n        r.append('finally')\n    return r", "f()")
s("def f():\n    try:\n        raise ValueError('bad', 2)\n    except ValueError as err:\n        return err.args", "f()")
s("def f():\n    try:\n        raise KeyError('k')\n    except LookupError as err:\n        return str(err)", "f()")
s("def f():\n    try:\n        try:\n            raise TypeError('inner')\n        except TypeError:\n            raise\n    except Exception as err:\n        return repr(err)", "f()")
s("def f():\n    try:\n        int('x')\n    except:\n        return 'bare'", "f()")
s("def f(x):\n    assert x > 0, 'x must be positive'\n    return x", "f(-1)")
s("def f():\n    raise NotImplementedError", "f()")
s("def f():\n    raise RuntimeError('stop')", "f()")
s("import math", "(math.floor(2.7), math.ceil(2.1), math.sqrt(16), round(math.pi, 4), math.degrees(math.pi))")
s("from math import pi, sin, cos, radians", "round(sin(radians(30)), 10)")
s("from math import floor, trunc, hypot, isclose", "(floor(-0.5), trunc(-0.5), hypot(3, 4), isclose(0.1 + 0.2, 0.3))")
s("import math", "math.sqrt(-1)")
s("import math", "math.log(100, 10)")
s("x = 3", "x if x > 2 else -x")
s("pts = [(0, 0), (10, 0), (10, 5)]\nxs, ys = zip(*pts)", "(xs, ys)")
s("d = {'a': 1, 'b': 2}\nr = []\nfor k, v in d.items():\n    r.append(k * v)", "r")
s("d = dict(a=1)\nd.update(b=2)\nd.update({'c': 3})", "(sorted(d.keys()), list(d.values()), d.pop('a'), d)")
s("s = {1, 2}\ns.add(3)\ns.discard(1)", "sorted(s)")
s("m = [[0] * 2 for _ in range(2)]\nm[0][0] = 1", "m")
s("w = 10\nh = 2\nlabel = '%dx%d' % (w, h)", "label")
s("n = 0\nfor a in range(3):\n    for b in range(3):\n        if b > a:\n            break\n        n += 1", "n")
s("x = 1\ndef f():\n    return x\nx = 2", "f()")
s("def f(v=[]):\n    v.append(1)\n    return len(v)\nf()", "f()")
s("def g(*args, **kwargs):\n    return len(args), sorted(kwargs)", "g(1, 2, a=1, b=2)")
s("values = [1.5, 2, 3]", "[type(v).__class__ if False else isinstance(v, float) for v in values]".replace("type(v).__class__ if False else ", ""))
s("a = [1, 2, 3]\nb = a[:]\nb.append(4)", "(a, b)")
s("text = ''\nfor ch in 'abc':\n    text = ch + text", "text")
s("k = 0\nwhile True:\n    k += 1\n    if k >= 3:\n        break", "k")
s("x, y = 10, 3", "(x / y, x // y, x % y, -x // y, -x % y, x ** -1)")
from harness import run_rows
for row, got in zip(R, run_rows(R)):
    row["expect"] = got
with open("semantics.json", "w") as out:
    json.dump(R, out, indent=1, ensure_ascii=False)
    out.write("\n")
print(len(R), "rows")
