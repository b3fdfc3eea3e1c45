//! The xtask binary as a contributor meets it: help succeeds and lists the commands; a mistyped
//! command, flag or sub-path fails with the usage before anything is installed or built.

use std::process::{Command, Output};

fn xtask(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_xtask"))
        .args(args)
        .output()
        .expect("the xtask binary runs")
}

#[test]
fn help_prints_the_commands_and_succeeds() {
    for flag in ["--help", "-h", "help"] {
        let out = xtask(&[flag]);
        assert!(out.status.success(), "{flag}: {:?}", out.status);
        let text = String::from_utf8_lossy(&out.stdout);
        for command in ["serve", "test", "dist", "setup", "bench"] {
            assert!(text.contains(command), "{flag}: {command} listed");
        }
    }
}

#[test]
fn mistakes_fail_with_the_usage() {
    for args in [
        &["deploy"][..],
        &[][..],
        &["dist", "--sub-path", "night-cramps"],
        &["dist", "--sub-path", "/night-cramps"],
        &["serve", "--prot", "8080"],
        &["test", "--quick"],
    ] {
        let out = xtask(args);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        let text = String::from_utf8_lossy(&out.stderr);
        assert!(text.contains("usage: cargo xtask"), "{args:?}: {text}");
    }
}
