pub(in crate::app) mod group_removal;
pub(in crate::app) mod groups;
pub(in crate::app) mod invites;
pub(in crate::app) mod opening;
