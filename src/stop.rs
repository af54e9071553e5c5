//! A reading abandoned past `limits.time_budget` stops itself: the reader
//! thread watches a flag that the waiting side raises, and the loops of
//! parsing and extraction (per part, per line, per table row) call
//! `checkpoint`, which unwinds out of the reading once the flag is up. The
//! thread is then free for nothing more and ends, instead of keeping a core
//! and its memory until the email is done.

use std::cell::RefCell;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

thread_local! {
    static WATCHED: RefCell<Option<Arc<AtomicBool>>> = const { RefCell::new(None) };
}

/// The payload of the unwinding `checkpoint` starts (not a panic message: no
/// hook prints it).
pub struct Abandoned;

/// From now on `checkpoint` on this thread stops once `flag` is raised.
pub fn watch(flag: Arc<AtomicBool>) {
    WATCHED.with(|w| *w.borrow_mut() = Some(flag));
}

/// `checkpoint` no longer stops on this thread.
pub fn unwatch() {
    WATCHED.with(|w| *w.borrow_mut() = None);
}

/// Unwinds out of the current reading if it was abandoned.
#[inline]
pub fn checkpoint() {
    let stop = WATCHED.with(|w| {
        w.borrow()
            .as_ref()
            .is_some_and(|f| f.load(Ordering::Relaxed))
    });
    if stop {
        std::panic::resume_unwind(Box::new(Abandoned));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_raised_flag_unwinds_at_the_next_checkpoint() {
        let flag = Arc::new(AtomicBool::new(false));
        watch(flag.clone());
        checkpoint();
        flag.store(true, Ordering::SeqCst);
        let r = std::panic::catch_unwind(checkpoint);
        assert!(r.is_err_and(|p| p.is::<Abandoned>()));
        unwatch();
        checkpoint();
    }
}
