"""The program a semantics table runs as: one function per row, results as repr() strings.

The same text is built by test/python/semantics.test.ts (as a Python ModelScript) and run
here by CPython, so both sides evaluate exactly the same Python."""


def program(rows):
    lines = [
        "def _show(f):",
        "    try:",
        "        return repr(f())",
        "    except Exception as err:",
        "        return 'raise ' + repr(err)",
        "",
    ]
    for i, row in enumerate(rows):
        lines.append(f"def _row_{i}():")
        for code_line in row["code"].split("\n") if row["code"] else []:
            lines.append("    " + code_line)
        lines.append(f"    return {row['expr']}")
        lines.append("")
    lines.append("def build():")
    lines.append("    return [" + ", ".join(f"_show(_row_{i})" for i in range(len(rows))) + "]")
    return "\n".join(lines) + "\n"


def run_rows(rows):
    namespace = {}
    exec(compile(program(rows), "semantics.py", "exec"), namespace)
    return namespace["build"]()
