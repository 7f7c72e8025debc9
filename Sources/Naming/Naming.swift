/// Every identifier decision of the generator. All functions are pure and deterministic.
///
/// Shared rules (see `Words` and `ASCIIFolding`): input is folded to ASCII, split into words on
/// any non-alphanumeric character, and re-joined as camel case keeping the case inside each word.
/// The pure functions may map different inputs to the same name (`user_id`, `userId`, `user-id`
/// all give `userId`); `UniqueNamer` is what disambiguates them.
package enum Naming {}
