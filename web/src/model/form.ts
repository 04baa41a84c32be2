/**
 * The customiser form generated from a model's parameter schema: a preset selector and reset,
 * one fieldset per group, and per parameter the input its type calls for (number + slider when
 * both bounds exist, checkbox, select, text with its limits), each with its label, limits and an
 * inline error.
 */
import { h, uniqueId } from "../lib/dom.ts";
import { checkValue, parameterLabel, presetTexts, runnablePattern, tidyNumber, type Configuration, type ModelSchema, type ParamSchema } from "../lib/params.ts";

export interface ParameterForm {
  element: HTMLFormElement;
  configuration(): Configuration;
  /** Shows `message` under the parameter's field (a server's answer), or clears it. */
  setError(name: string, message: string | undefined): void;
  /** True when every field holds a valid value; shows the errors otherwise. */
  validate(): boolean;
}

interface Field {
  parameter: ParamSchema;
  read(): string;
  write(text: string): void;
  /** A number input's own "this is not a number" state (its value is then ""). */
  badInput(): boolean;
  error: HTMLElement;
  inputs: HTMLElement[];
}

/** A slider step for a float range with no declared step: a round number, ~200 steps across. */
function sliderStep(parameter: ParamSchema): string {
  if (parameter.step !== undefined) return String(parameter.step);
  if (parameter.type === "int") return "1";
  const span = parameter.max! - parameter.min!;
  return String(10 ** Math.floor(Math.log10(span / 200 || 1)));
}

function limitsHint(parameter: ParamSchema): string {
  const parts: string[] = [];
  if (parameter.min !== undefined && parameter.max !== undefined) parts.push(`${parameter.min} to ${parameter.max}`);
  else if (parameter.min !== undefined) parts.push(`at least ${parameter.min}`);
  else if (parameter.max !== undefined) parts.push(`at most ${parameter.max}`);
  if (parameter.type === "int") parts.push("whole number");
  if (parameter.maxLength !== undefined) parts.push(`up to ${parameter.maxLength} characters`);
  if (parameter.pattern !== undefined) parts.push(`pattern ${parameter.pattern}`);
  parts.push(`default ${String(parameter.default)}`);
  return parts.join(" · ");
}

function fieldFor(parameter: ParamSchema, onInput: () => void): { element: HTMLElement; field: Field } {
  const id = uniqueId(`param-${parameter.name}`);
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const error = h("p", { class: "field-error", id: errorId, hidden: true });
  const hint = h("p", { class: "hint", id: hintId }, limitsHint(parameter));
  const describedBy = `${hintId} ${errorId}`;
  const label = h("label", { for: id }, parameterLabel(parameter), " ", h("code", { class: "param-name" }, parameter.name));
  let field: Field;
  let control: HTMLElement;

  switch (parameter.type) {
    case "float":
    case "int": {
      const number = h("input", {
        id,
        name: parameter.name,
        type: "number",
        inputmode: parameter.type === "int" ? "numeric" : "decimal",
        min: parameter.min,
        max: parameter.max,
        step: parameter.step ?? (parameter.type === "int" ? 1 : "any"),
        "aria-describedby": describedBy,
      });
      const hasRange = parameter.min !== undefined && parameter.max !== undefined;
      const slider = hasRange
        ? h("input", { type: "range", min: parameter.min, max: parameter.max, step: sliderStep(parameter), "aria-label": `${parameterLabel(parameter)} (slider)`, tabindex: -1 })
        : undefined;
      number.addEventListener("input", () => {
        if (slider && number.value !== "") slider.value = number.value;
        onInput();
      });
      slider?.addEventListener("input", () => {
        // The range control reports values like "3.055500000": show them rounded to the slider's step.
        number.value = tidyNumber(slider.value, slider.step);
        onInput();
      });
      control = h("div", { class: "number-control" }, number, slider);
      field = {
        parameter,
        read: () => number.value,
        write: (text) => {
          number.value = text;
          if (slider) slider.value = text;
        },
        badInput: () => number.validity.badInput,
        error,
        inputs: [number],
      };
      break;
    }
    case "boolean": {
      const checkbox = h("input", { id, name: parameter.name, type: "checkbox", "aria-describedby": describedBy, onchange: onInput });
      control = checkbox;
      field = {
        parameter,
        read: () => String(checkbox.checked),
        write: (text) => (checkbox.checked = ["true", "1", "yes", "on"].includes(text.toLowerCase())),
        badInput: () => false,
        error,
        inputs: [checkbox],
      };
      return { element: h("div", { class: "field checkbox-field" }, h("div", { class: "checkbox-row" }, checkbox, label), hint, error), field };
    }
    case "choice": {
      const select = h(
        "select",
        { id, name: parameter.name, "aria-describedby": describedBy, onchange: onInput },
        ...(parameter.choices ?? []).map((choice) => h("option", { value: String(choice) }, String(choice))),
      );
      control = select;
      field = { parameter, read: () => select.value, write: (text) => (select.value = text), badInput: () => false, error, inputs: [select] };
      break;
    }
    case "string": {
      const text = h("input", {
        id,
        name: parameter.name,
        type: "text",
        maxlength: parameter.maxLength,
        pattern: runnablePattern(parameter),
        spellcheck: "false",
        autocomplete: "off",
        "aria-describedby": describedBy,
        oninput: onInput,
      });
      control = text;
      field = { parameter, read: () => text.value, write: (value) => (text.value = value), badInput: () => false, error, inputs: [text] };
      break;
    }
  }
  return { element: h("div", { class: "field" }, label, control, hint, error), field };
}

export function parameterForm(schema: ModelSchema, initial: Configuration, onChange: (configuration: Configuration) => void): ParameterForm {
  let preset = initial.preset;
  const fields = new Map<string, Field>();
  const emit = () => onChange(current());

  const presetNames = Object.keys(schema.presets);
  const presetSelect = h("select", { id: uniqueId("preset"), name: "preset" }, ...presetNames.map((name) => h("option", { value: name }, name)));
  presetSelect.value = preset === "" ? "default" : preset;
  presetSelect.addEventListener("change", () => {
    preset = presetSelect.value;
    fill(presetTexts(schema, preset));
    emit();
  });
  const reset = h("button", { type: "button", class: "secondary" }, "Reset to defaults");
  reset.addEventListener("click", () => {
    preset = "";
    presetSelect.value = "default";
    fill(presetTexts(schema, ""));
    emit();
  });

  const onInput = (field: () => Field) => () => {
    showCheck(field());
    emit();
  };
  const groups = schema.groups.map((group) => {
    const single = schema.groups.length === 1 && group.name === "default";
    return h(
      "fieldset",
      { class: "param-group" },
      h("legend", {}, single ? "Parameters" : group.name === "default" ? "Other" : group.name),
      ...group.parameters.map((name) => {
        const parameter = schema.parameters.find((p) => p.name === name)!;
        let made: Field | undefined;
        const { element, field } = fieldFor(parameter, onInput(() => made!));
        made = field;
        fields.set(name, field);
        return element;
      }),
    );
  });

  const presetRow = h(
    "div",
    { class: "preset-row" },
    h("div", { class: "field" }, h("label", { for: presetSelect.id }, "Preset"), presetSelect),
    reset,
  );
  const element = h("form", { class: "param-form", novalidate: true, onsubmit: (event: Event) => event.preventDefault() }, presetNames.length > 1 ? presetRow : h("div", { class: "preset-row" }, reset), ...groups);

  function fill(texts: Record<string, string>): void {
    for (const [name, field] of fields) {
      field.write(texts[name] ?? "");
      setError(name, undefined);
    }
  }

  function problemOf(field: Field): string | undefined {
    if (field.badInput()) return "Enter a number.";
    return checkValue(field.parameter, field.read());
  }

  function showCheck(field: Field): boolean {
    const problem = problemOf(field);
    setError(field.parameter.name, problem);
    return problem === undefined;
  }

  function setError(name: string, message: string | undefined): void {
    const field = fields.get(name);
    if (!field) return;
    field.error.hidden = message === undefined;
    field.error.textContent = message ?? "";
    for (const input of field.inputs) {
      if (message === undefined) input.removeAttribute("aria-invalid");
      else input.setAttribute("aria-invalid", "true");
    }
  }

  function current(): Configuration {
    const texts: Record<string, string> = {};
    for (const [name, field] of fields) texts[name] = field.read();
    return { preset, texts };
  }

  fill(initial.texts);
  for (const field of fields.values()) showCheck(field);
  return {
    element,
    configuration: current,
    setError,
    validate: () => [...fields.values()].map(showCheck).every(Boolean),
  };
}
