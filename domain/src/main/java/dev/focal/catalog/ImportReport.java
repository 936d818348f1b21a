package dev.focal.catalog;

import java.util.List;

/**
 * What an import found or did. {@code rows} counts variant rows read; {@code modelsToCreate} and {@code
 * modelsToUpdate} count models by whether their code is already in the catalog. {@code problems} holds at
 * most {@link CatalogImport#MAX_PROBLEMS_LISTED} problems; {@code problemCount} counts them all. When there is
 * any problem nothing was (or would be) written; {@code applied} is true only after a real run that wrote.
 */
public record ImportReport(int rows, int modelsToCreate, int modelsToUpdate, int variants,
                           List<ImportProblem> problems, int problemCount, boolean applied) {

    public ImportReport {
        problems = List.copyOf(problems);
    }

    public boolean ok() {
        return problemCount == 0;
    }
}
