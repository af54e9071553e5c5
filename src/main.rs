fn main() {
    std::process::exit(takedown::cli::main());
}
