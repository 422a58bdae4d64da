/**
 * The summary above a refused form: role="alert" so it is announced, one line per field in the form's order,
 * each naming the field (prefixed with its label unless the message starts with it); messages of no field (e.g. `form`) after them. Renders nothing when there are no errors.
 */
export function ErrorSummary({
  errors,
  labels,
}: {
  errors: Readonly<Partial<Record<string, string>>>;
  labels: Readonly<Record<string, string>>;
}) {
  const lines = Object.keys(labels).flatMap((field) => {
    const message = errors[field];
    return message ? [message.startsWith(labels[field]!) ? message : `${labels[field]}: ${message}`] : [];
  });
  const others = Object.entries(errors).flatMap(([field, message]) =>
    field in labels || typeof message !== 'string' ? [] : [message],
  );
  if (lines.length + others.length === 0) return null;
  return (
    <div className="error-summary" role="alert">
      <p>Please correct the following:</p>
      <ul>
        {[...lines, ...others].map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
    </div>
  );
}
