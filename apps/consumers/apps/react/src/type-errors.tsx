// Never rendered: proves the types are real (each line below must be a type error).
export const typeErrors = () => (
  <>
    {/* @ts-expect-error timeout is a number */}
    <muni-contact-footer timeout="slow"></muni-contact-footer>
    {/* @ts-expect-error no such element */}
    <muni-no-such-element></muni-no-such-element>
  </>
);
