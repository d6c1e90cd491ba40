package nl.nsp.planner.api.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * State of one report job.
 *
 * @param jobId          the id
 * @param status         {@code queued}, {@code running}, {@code done}, {@code cancelled} or {@code failed}
 * @param phase          {@code regions}, {@code outage} or {@code report} (null while queued)
 * @param progress       share done, 0..1
 * @param elapsedSeconds seconds since the job started running
 * @param error          why the job failed; absent otherwise
 * @param files          when done: the files, the HTML first
 * @param summary        when done: the headline numbers
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record ReportJobStatus(String jobId, String status, String phase, double progress, double elapsedSeconds, String error,
        List<FileItem> files, Summary summary) {

    /**
     * @param name  file name
     * @param bytes size
     * @param url   where to get it ({@code ?download=true} for an attachment)
     */
    record FileItem(String name, long bytes, String url) {
    }

    /**
     * @param regions        regions run
     * @param headlineNorm   key of the headline norm
     * @param headlineTarget target of the headline plan
     * @param nsp            NSPs of the headline plans
     * @param nspLowerBound  sum of the proven lower bounds
     * @param ruleOfThumb    the 1-per-5,000 count
     * @param cp             coördinatiepunten
     * @param oneOffEur      one-off costs
     * @param yearlyEur      yearly costs
     * @param nationalSeconds wall time of the national run
     */
    record Summary(int regions, String headlineNorm, double headlineTarget, int nsp, int nspLowerBound, int ruleOfThumb,
            int cp, double oneOffEur, double yearlyEur, double nationalSeconds) {
    }
}
