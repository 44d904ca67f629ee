pub(in crate::app) mod access;
pub(in crate::app) mod actions;
pub(in crate::app) mod io;
pub(in crate::app) mod messenger;
pub(in crate::app) mod notice;
