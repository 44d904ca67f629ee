//! A case's start and its rooms (issues 1 and 2): staff open a case (`opening`: reference,
//! first name, counterpart, matching date, the two invite links with a QR code), people join it
//! by their invite (`invites`, with the guessing limit), a team group is linked to a case or to
//! the whole organisation (`groups`), and removing the bot from a group ends its links
//! (`group_removal`).
//!
//! ```text
//! Sanne:  /newcase                      Bot: First name or initials of the status holder?
//! Sanne:  Amal                          Bot: Your own reference for this case?
//! Sanne:  UTR-7                         Bot: Which COA location? [COA Ter Apel] …
//! Sanne:  <taps>, <matching date>       Bot: Case UTR-7 opened. Invite for Amal: <link> <QR>
//!                                            Invite for COA Ter Apel: <link>
//! Amal:   <opens the link>              Bot: Choose your language …  (then `holder/`)
//! Joost:  <opens the COA link>          Bot: Welcome, you joined UTR-7 (Amal).
//! ```
//!
//! May use: `app` (App, Ctx), `app/common`, `store`, `workflow`, `domain`, `i18n`, `qr`.

pub(in crate::app) mod group_removal;
pub(in crate::app) mod groups;
pub(in crate::app) mod invites;
pub(in crate::app) mod opening;
