type FormErrorProps = {
  /** Readable message; nothing is rendered when empty. */
  message?: string | null | undefined;
  details?: string[] | undefined;
  title?: string;
};

/** Form-level error (e.g. a mapped server error), announced by screen readers when it appears. */
export function FormError({ message, details, title }: FormErrorProps) {
  if (!message) return null;
  return (
    <div className="form-error" role="alert" aria-live="assertive" aria-atomic="true">
      {title ? <p className="form-error__title">{title}</p> : null}
      <p className="form-error__message">{message}</p>
      {details && details.length > 0 ? (
        <ul className="form-error__details">
          {details.map((detail) => (
            <li key={detail}>{detail}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
