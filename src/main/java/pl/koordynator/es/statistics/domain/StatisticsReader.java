package pl.koordynator.es.statistics.domain;

/** Reads a statistics file with the parser of its layout; the same for the API and the pages. */
final class StatisticsReader {

    private StatisticsReader() {
    }

    /**
     * Parses and checks a file. A file that is neither layout is an {@code InvalidInputException}
     * naming {@code file}; everything else wrong is a problem of the result.
     */
    static ParsedImport read(byte[] content, ImportContext context, String chosenIndicator) {
        StatisticsFile file = StatisticsFile.read(content);
        ParsedImport parsed = file.layout() == ImportLayout.LONG ? LongLayoutParser.parse(file, context)
                : BdlLayoutParser.parse(file, context, chosenIndicator);
        if (parsed.problems().isEmpty() && parsed.values().isEmpty()) {
            parsed.problem(ImportProblem.cell(1, null, "statistics.problem.nothing", context.region()));
        }
        return parsed;
    }
}
