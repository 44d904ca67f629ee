pub(in crate::app) mod access;
pub(in crate::app) mod actions;
pub(in crate::app) mod io;
pub(in crate::app) mod messenger;
pub(in crate::app) mod notice;
pub(in crate::app) mod policy;
pub(in crate::app) mod words;
