"use client";

import {
  createContext,
  useActionState,
  useContext,
  useEffect,
  useId,
  useRef,
  useState,
} from "react";
import { unstable_rethrow } from "next/navigation";
import { failedUnexpectedly, idle, typedValues, type FormState } from "@/lib/forms/state";
import { useLeaveWarning } from "./leave-warning";

type Action = (state: FormState, formData: FormData) => Promise<FormState>;

const FormStateContext = createContext<{ state: FormState; pending: boolean; unsaved: boolean }>({
  state: idle,
  pending: false,
  unsaved: false,
});

/** What a form's fields hold, hidden ones aside (ids and versions are not the editor's edits). */
function fieldsOf(form: HTMLFormElement) {
  const data = new FormData(form);
  for (const element of form.elements)
    if (element instanceof HTMLInputElement && element.type === "hidden") data.delete(element.name);
  return JSON.stringify(
    [...data].map(([name, value]) => [name, typeof value === "string" ? value : value.name]),
  );
}

/**
 * Whether the form's fields differ from what was last saved: from the page as it opened, then
 * from what each accepted submission sent. A refused one changes nothing, so it still counts.
 */
function useUnsavedFields(form: React.RefObject<HTMLFormElement | null>, state: FormState) {
  const saved = useRef<string | null>(null);
  const sent = useRef<string | null>(null);
  const [unsaved, setUnsaved] = useState(false);
  const compare = () => {
    if (form.current && saved.current !== null)
      setUnsaved(fieldsOf(form.current) !== saved.current);
  };
  useEffect(() => {
    if (form.current) saved.current = fieldsOf(form.current);
  }, [form]);
  useEffect(() => {
    if (state.status === "ok" && sent.current !== null) saved.current = sent.current;
    compare();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- runs once per action answer
  }, [state]);
  return {
    unsaved,
    compare,
    submitted: () => {
      if (form.current) sent.current = fieldsOf(form.current);
    },
  };
}

/**
 * A form bound to a server action: shows the action's message, hands field errors and the
 * typed-in values back to its fields, and can ask for confirmation first. With `guardUnsaved`,
 * leaving while its fields differ from what was last saved asks first.
 */
export function ActionForm({
  action,
  children,
  className,
  confirmMessage,
  showMessage = true,
  guardUnsaved = false,
  alsoUnsaved = false,
  confirmIfUnsaved,
}: {
  action: Action;
  children: React.ReactNode;
  className?: string;
  // A message, or one chosen by the button that submitted (null: no question).
  confirmMessage?: string | ((submitter: HTMLButtonElement | null) => string | null);
  showMessage?: boolean;
  guardUnsaved?: boolean;
  /** A change the fields' own events do not show (text a toolbar inserted). */
  alsoUnsaved?: boolean;
  /** Asked only while a guarded form on the page holds changes not yet saved. */
  confirmIfUnsaved?: string;
}) {
  const [state, formAction, pending] = useActionState(
    async (previous: FormState, formData: FormData): Promise<FormState> => {
      try {
        return await action(previous, formData);
      } catch (error) {
        // The action's own redirect; anything else is the request that got no answer (offline,
        // a deploy in between): the form stays, filled in, rather than the error page.
        unstable_rethrow(error);
        return { ...failedUnexpectedly("network"), values: typedValues(formData) };
      }
    },
    idle,
  );
  const form = useRef<HTMLFormElement>(null);
  const fields = useUnsavedFields(form, state);
  const unsaved = guardUnsaved && (fields.unsaved || alsoUnsaved);
  useLeaveWarning(unsaved);
  // After a refusal, focus goes to the first field it names, else to its message, so a keyboard
  // or screen reader user lands on what to fix rather than on a button that did nothing.
  const message = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (state.status !== "error") return;
    const field = form.current?.querySelector<HTMLElement>('[aria-invalid="true"]');
    (field ?? message.current)?.focus();
  }, [state]);
  return (
    <form
      ref={form}
      action={formAction}
      className={className}
      noValidate
      onInput={guardUnsaved ? fields.compare : undefined}
      onChange={guardUnsaved ? fields.compare : undefined}
      onSubmit={(event) => {
        const submitter = (event.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null;
        const question =
          (typeof confirmMessage === "function" ? confirmMessage(submitter) : confirmMessage) ??
          // useLeaveWarning marks <html> while a guarded form differs from what was saved.
          (document.documentElement.dataset.unsavedChanges ? confirmIfUnsaved : undefined);
        if (question && !window.confirm(question)) event.preventDefault();
        else fields.submitted();
      }}
    >
      <FormStateContext.Provider value={{ state, pending, unsaved }}>
        {children}
        {showMessage && <FormMessage state={state} ref={message} />}
      </FormStateContext.Provider>
    </form>
  );
}

/** The state of the ActionForm around a component: its last answer, and whether one is awaited. */
export function useFormState() {
  return useContext(FormStateContext);
}

/** Says so beside the save button while a guarded form holds changes not yet saved. */
export function UnsavedNote() {
  const { unsaved } = useFormState();
  return unsaved ? (
    <span className="text-sm text-amber-800">저장하지 않은 변경이 있습니다</span>
  ) : null;
}

export function FormMessage({
  state,
  ref,
}: {
  state: FormState;
  ref?: React.Ref<HTMLParagraphElement>;
}) {
  if (state.status === "idle") return null;
  return (
    <p
      ref={ref}
      tabIndex={-1}
      role={state.status === "error" ? "alert" : "status"}
      className={`mt-3 rounded-md p-3 text-sm ${state.status === "error" ? "bg-red-50 text-red-800" : "bg-emerald-50 text-emerald-900"}`}
    >
      {state.message}
      {state.status === "error" && state.code === "unauthenticated" && (
        <>
          {" "}
          {/* A new tab, so the form and what was typed in it stay here to be saved again. */}
          <a href="/admin/login" target="_blank" rel="noopener" className="font-bold underline">
            새 탭에서 로그인
          </a>
        </>
      )}
    </p>
  );
}

/** The value a field should show: what was typed when the action refused it, else the saved one. */
function useFieldValue(name: string, saved: string | undefined) {
  const { state } = useFormState();
  const typed = state.status === "error" ? state.values?.[name] : undefined;
  return typed ?? saved;
}

export function FieldError({ name, id }: { name: string; id: string }) {
  const error = useFieldError(name);
  if (!error) return null;
  return (
    <p id={id} className="mt-1 text-sm font-bold text-red-700">
      {error}
    </p>
  );
}

export function useFieldError(name: string) {
  const { state } = useFormState();
  return state.status === "error" ? state.fieldErrors?.[name] : undefined;
}

const inputClass =
  "mt-1 block w-full rounded-md border border-slate-300 bg-white px-3 py-2 aria-invalid:border-red-600 min-h-11";

/** A field's label; a required field is marked with a star that screen readers skip (the input says it). */
function FieldLabel({
  htmlFor,
  label,
  required,
}: {
  htmlFor: string;
  label: string;
  required?: boolean;
}) {
  return (
    <label htmlFor={htmlFor} className="block text-sm font-bold text-slate-800">
      {label}
      {required && (
        <span aria-hidden="true" className="text-red-700">
          {" "}
          *
        </span>
      )}
    </label>
  );
}

export function TextField({
  name,
  label,
  defaultValue,
  hint,
  rows,
  type = "text",
  required,
  placeholder,
  list,
  accept,
  readOnly,
}: {
  name: string;
  label: string;
  defaultValue?: string | number | null;
  hint?: string;
  rows?: number;
  type?: string;
  required?: boolean;
  placeholder?: string;
  /** A <datalist> of suggestions for a one-line field. */
  list?: string;
  /** For type="file": what the picker offers (the action checks the file itself). */
  accept?: string;
  /** Shown and sent, not editable; the hint says why. */
  readOnly?: boolean;
}) {
  const id = useId();
  const error = useFieldError(name);
  const value = useFieldValue(name, defaultValue == null ? "" : String(defaultValue));
  const described = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(" ");
  const common = {
    id,
    name,
    defaultValue: value,
    "aria-invalid": error ? true : undefined,
    "aria-describedby": described || undefined,
    required,
    placeholder,
    readOnly,
    className: readOnly ? `${inputClass} bg-slate-100 text-slate-700` : inputClass,
  };
  return (
    <div>
      <FieldLabel htmlFor={id} label={label} required={required} />
      {hint && (
        <p id={`${id}-hint`} className="text-sm text-slate-600">
          {hint}
        </p>
      )}
      {rows ? (
        <textarea rows={rows} {...common} />
      ) : (
        <input type={type} list={list} accept={accept} {...common} />
      )}
      <FieldError name={name} id={`${id}-error`} />
    </div>
  );
}

export function SelectField({
  name,
  label,
  options,
  defaultValue,
  required,
}: {
  name: string;
  label: string;
  options: readonly { value: string; label: string }[];
  defaultValue?: string | null;
  required?: boolean;
}) {
  const id = useId();
  const error = useFieldError(name);
  const value = useFieldValue(name, defaultValue ?? "");
  return (
    <div>
      <FieldLabel htmlFor={id} label={label} required={required} />
      <select
        id={id}
        name={name}
        defaultValue={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        className={inputClass}
      >
        {!required && <option value="">선택 안 함</option>}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      <FieldError name={name} id={`${id}-error`} />
    </div>
  );
}

export function SubmitButton({
  children,
  name,
  value,
  tone = "primary",
}: {
  children: React.ReactNode;
  name?: string;
  value?: string;
  tone?: "primary" | "secondary" | "danger";
}) {
  const { pending } = useFormState();
  const tones = {
    primary: "bg-brand-700 text-white hover:bg-brand-900",
    secondary: "border border-slate-300 bg-white text-slate-800 hover:bg-slate-100",
    danger: "bg-red-700 text-white hover:bg-red-800",
  };
  return (
    <button
      type="submit"
      name={name}
      value={value}
      disabled={pending}
      className={`min-h-11 rounded-md px-4 font-bold disabled:opacity-60 ${tones[tone]}`}
    >
      {children}
    </button>
  );
}

export function CheckboxField({
  name,
  label,
  defaultChecked,
}: {
  name: string;
  label: string;
  defaultChecked?: boolean;
}) {
  const id = useId();
  const error = useFieldError(name);
  const typed = useFieldValue(name, undefined);
  const { state } = useFormState();
  // A refused form echoes only checked boxes, so an absent value there means unchecked.
  const checked = state.status === "error" && state.values ? typed !== undefined : defaultChecked;
  return (
    <div>
      <div className="flex min-h-11 items-center gap-2">
        <input
          id={id}
          type="checkbox"
          name={name}
          defaultChecked={checked}
          aria-describedby={error ? `${id}-error` : undefined}
          className="size-5"
        />
        <label htmlFor={id} className="text-sm font-bold text-slate-800">
          {label}
        </label>
      </div>
      <FieldError name={name} id={`${id}-error`} />
    </div>
  );
}

/** Several boxes under one name: the action receives every checked value. */
export function CheckboxGroupField({
  name,
  legend,
  hint,
  options,
  defaultValues,
  stacked,
}: {
  name: string;
  legend: string;
  hint?: string;
  options: readonly { value: string; label: string; title?: string }[];
  defaultValues: readonly string[];
  /** One option per line (long labels such as article titles). */
  stacked?: boolean;
}) {
  const id = useId();
  const error = useFieldError(name);
  const { state } = useFormState();
  // A refused form echoes the checked values of a group joined by commas; none checked: absent.
  const echoed = state.status === "error" && state.values ? state.values[name] : undefined;
  const checked =
    state.status === "error" && state.values ? (echoed?.split(",") ?? []) : defaultValues;
  return (
    <fieldset
      aria-describedby={
        [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(" ") || undefined
      }
    >
      <legend className="text-sm font-bold text-slate-800">{legend}</legend>
      {hint && (
        <p id={`${id}-hint`} className="text-sm text-slate-600">
          {hint}
        </p>
      )}
      <div className={`mt-1 flex gap-x-4 ${stacked ? "flex-col" : "flex-wrap"}`}>
        {options.map((option) => (
          <label key={option.value} className="flex min-h-11 items-center gap-2 text-sm">
            <input
              type="checkbox"
              name={name}
              value={option.value}
              data-title={option.title}
              defaultChecked={checked.includes(option.value)}
              className="size-5"
            />
            {option.label}
          </label>
        ))}
      </div>
      <FieldError name={name} id={`${id}-error`} />
    </fieldset>
  );
}
