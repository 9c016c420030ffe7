//! The Python boundary (`newsmark._newsmark`): converts types, nothing else, like `src/wasm.rs`
//! for JavaScript. Options in, the JSON contract out as dicts and lists (code points by
//! default: the unit Python strings are indexed in), errors as exceptions with the core's
//! messages. Annotation runs with the GIL released; `annotate_many` on all cores (rayon, as the
//! CLI's `jsonl`), results in input order.

use newsmark::{annotate as annotate_text, Document, Error, Lang, OffsetUnit, Options};
use pyo3::exceptions::{PyRuntimeError, PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::pybacked::PyBackedStr;
use rayon::prelude::*;

pyo3::create_exception!(
    newsmark,
    TooLarge,
    PyValueError,
    "The text is larger than `max_bytes` (20 MiB by default): split it into articles."
);

/// What one call asks for: the core's options and the offset unit of the contract.
struct Settings {
    options: Options,
    unit: OffsetUnit,
}

/// Why one text failed: the core's error, or a bug (a panic), reported as the CLI does.
enum Failure {
    Core(Error),
    Internal,
}

/// The exception for `f`, its message the core's (the CLI's) after `prefix`.
fn to_py(f: Failure, prefix: &str) -> PyErr {
    match f {
        Failure::Core(e @ Error::TooLarge { .. }) => TooLarge::new_err(format!("{prefix}{e}")),
        Failure::Core(e) => PyValueError::new_err(format!("{prefix}{e}")),
        Failure::Internal => PyRuntimeError::new_err(format!(
            "{prefix}internal error while annotating (please report)"
        )),
    }
}

fn settings(lang: Option<&str>, offsets: &str, max_bytes: Option<i64>) -> PyResult<Settings> {
    let core = |e: Error| to_py(Failure::Core(e), "");
    let lang = match lang {
        None | Some("auto") => None,
        Some(l) => Some(l.parse::<Lang>().map_err(core)?),
    };
    let unit = offsets.parse::<OffsetUnit>().map_err(core)?;
    let max_bytes = match max_bytes {
        None => None,
        Some(n) => Some(usize::try_from(n).map_err(|_| {
            PyValueError::new_err(format!(
                "bad options: max_bytes must be a size in bytes, not {n}"
            ))
        })?),
    };
    Ok(Settings {
        options: Options { lang, max_bytes },
        unit,
    })
}

/// The contract for one text; a panic (a bug) is this text's error, not the process's end.
fn one(text: &str, s: &Settings) -> Result<Document, Failure> {
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        annotate_text(text, &s.options).map(|ann| Document::new(text, &ann, s.unit))
    }))
    .map_err(|_| Failure::Internal)?
    .map_err(Failure::Core)
}

/// Annotates `text`; returns the JSON contract as dicts and lists.
#[pyfunction]
#[pyo3(signature = (text, lang=None, offsets="codepoint", max_bytes=None))]
fn annotate<'py>(
    py: Python<'py>,
    text: PyBackedStr,
    lang: Option<&str>,
    offsets: &str,
    max_bytes: Option<i64>,
) -> PyResult<Bound<'py, PyAny>> {
    let s = settings(lang, offsets, max_bytes)?;
    let doc = py.detach(|| one(&text, &s)).map_err(|f| to_py(f, ""))?;
    Ok(pythonize::pythonize(py, &doc)?)
}

/// Annotates every text of an iterable of `str` on `jobs` threads (all cores by default);
/// returns the contracts in input order. The first failing text raises, its index named.
#[pyfunction]
#[pyo3(signature = (texts, lang=None, offsets="codepoint", max_bytes=None, jobs=None))]
fn annotate_many<'py>(
    py: Python<'py>,
    texts: &Bound<'py, PyAny>,
    lang: Option<&str>,
    offsets: &str,
    max_bytes: Option<i64>,
    jobs: Option<i64>,
) -> PyResult<Vec<Bound<'py, PyAny>>> {
    if texts.is_instance_of::<pyo3::types::PyString>() {
        return Err(PyTypeError::new_err(
            "annotate_many takes a list of texts, not one str (use annotate for one text)",
        ));
    }
    let s = settings(lang, offsets, max_bytes)?;
    // A pool of this call's own, gone when it returns: rayon's global pool would not survive
    // an `os.fork` (multiprocessing), and a child process calling in would wait forever.
    let threads = match jobs {
        None => std::thread::available_parallelism().map_or(1, usize::from),
        Some(n) if n >= 1 => usize::try_from(n).unwrap_or(usize::MAX),
        Some(n) => {
            return Err(PyValueError::new_err(format!(
                "bad options: jobs must be at least 1, not {n}"
            )))
        }
    };
    let mut owned: Vec<PyBackedStr> = Vec::new();
    for (i, item) in texts.try_iter()?.enumerate() {
        let item = item?;
        owned.push(item.extract().map_err(|_| {
            let kind = item
                .get_type()
                .name()
                .map_or_else(|_| "?".to_string(), |n| n.to_string());
            PyTypeError::new_err(format!("texts[{i}] must be str, not {kind}"))
        })?);
    }
    let results: Vec<Result<Document, Failure>> = py
        .detach(|| {
            rayon::ThreadPoolBuilder::new()
                .num_threads(threads)
                .build()
                .map(|pool| pool.install(|| owned.par_iter().map(|t| one(t, &s)).collect()))
        })
        .map_err(|e| PyRuntimeError::new_err(format!("cannot start {threads} threads: {e}")))?;
    let mut out = Vec::with_capacity(results.len());
    for (i, r) in results.into_iter().enumerate() {
        match r {
            Ok(doc) => out.push(pythonize::pythonize(py, &doc)?),
            Err(f) => return Err(to_py(f, &format!("texts[{i}]: "))),
        }
    }
    Ok(out)
}

/// The module `newsmark._newsmark`; `newsmark/__init__.py` re-exports it.
#[pymodule]
fn _newsmark(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_function(wrap_pyfunction!(annotate, m)?)?;
    m.add_function(wrap_pyfunction!(annotate_many, m)?)?;
    m.add("TooLarge", m.py().get_type::<TooLarge>())?;
    m.add("MAX_INPUT_BYTES", newsmark::MAX_INPUT_BYTES)?;
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    Ok(())
}
