//! The item statuses of the ledger. Shared by every stage, so it lives apart.

use serde::{Serialize, Serializer};

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Status {
    Pending,
    Removed,
    Restricted,
    Rejected,
    NotFound,
}

impl Status {
    pub const ALL: [Status; 5] = [
        Status::Pending,
        Status::Removed,
        Status::Restricted,
        Status::Rejected,
        Status::NotFound,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Status::Pending => "pending",
            Status::Removed => "removed",
            Status::Restricted => "restricted",
            Status::Rejected => "rejected",
            Status::NotFound => "not_found",
        }
    }

    pub fn parse(s: &str) -> Option<Status> {
        Some(
            match s.trim().to_ascii_lowercase().replace('-', "_").as_str() {
                "pending" => Status::Pending,
                "removed" => Status::Removed,
                "restricted" => Status::Restricted,
                "rejected" => Status::Rejected,
                "not_found" | "notfound" => Status::NotFound,
                _ => return None,
            },
        )
    }
}

impl std::fmt::Display for Status {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for Status {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}
