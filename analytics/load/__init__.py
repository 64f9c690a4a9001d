"""Import of the data contract: file -> validated -> stored, all or nothing.

PUBLIC API (used by the CLI, the Kelola Data page and the demo; keep these signatures):

    validate(con, dataset: str, data: bytes, file_name: str, lang="id") -> Validation
        Reads and validates a whole file; writes nothing. Validation.report is a LoadReport with
        accepted=None until committed; Validation.ok tells whether it can be committed;
        Validation.preview(n) gives the first n typed rows as a DataFrame.
    commit(con, validation: Validation, user: str | None) -> LoadReport
        Writes a valid file in one transaction (replace by period) and records the history row.
    reject(con, validation: Validation, user: str | None) -> LoadReport
        Records a rejected attempt in the history (nothing else changes).
    load_file(con, dataset, data: bytes | Path, file_name=None, user=None) -> LoadReport
        validate, then commit or reject. What the CLI and the demo call.

Implementation lives in submodules of this package (IMPLEMENTATION IN PROGRESS).
"""
