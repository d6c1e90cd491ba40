package nl.nsp.planner.api.job;

import java.util.concurrent.CancellationException;
import nl.nsp.planner.api.JobStateException;
import nl.nsp.planner.optimise.CancellationToken;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;

/**
 * One job a caller started: {@code queued → running → done | failed | cancelled}, with a phase and progress the
 * worker updates. A subclass does the work in {@link #compute()} and returns how to publish its result; the result is
 * published, and the job done, only when it was not cancelled meanwhile.
 */
public abstract class BackgroundJob implements Runnable {
    private static final Logger LOG = LoggerFactory.getLogger(BackgroundJob.class);

    private final String id;
    private final String startedBy;
    private final CancellationToken cancel = new CancellationToken();
    protected volatile String status = "queued";
    protected volatile String phase;
    protected volatile double progress;
    private volatile long startNanos;
    private volatile long endNanos;
    protected volatile String error;
    private volatile Runnable whenEnded = () -> { };

    /** @param startedBy the name of the caller; for anyone else the job does not exist */
    protected BackgroundJob(String id, String startedBy) {
        this.id = id;
        this.startedBy = startedBy;
    }

    /** The work, on the worker thread; returns what stores the result (run only when the job was not cancelled). */
    protected abstract Runnable compute();

    @Override
    public final void run() {
        synchronized (this) {
            if (!status.equals("queued")) {
                return;
            }
            status = "running";
            startNanos = System.nanoTime();
        }
        try {
            Runnable publish = compute();
            synchronized (this) {
                if (cancel.isCancelled()) {
                    status = "cancelled";
                } else {
                    publish.run();
                    progress = 1;
                    status = "done";
                }
            }
        } catch (CancellationException e) {
            status = "cancelled";
        } catch (RuntimeException | OutOfMemoryError e) {
            LOG.warn("job {} on {} failed", id, Thread.currentThread().getName(), e);
            synchronized (this) {
                error = e.getClass().getSimpleName() + ": " + e.getMessage();
                status = cancel.isCancelled() ? "cancelled" : "failed";
            }
        } finally {
            endNanos = System.nanoTime();
            whenEnded.run();
        }
    }

    public String id() {
        return id;
    }

    /** Reports the phase the worker is in. */
    public void phase(String phase) {
        this.phase = phase;
    }

    /** Reports the phase and how far it is (0..1). */
    public void progress(String phase, double fraction) {
        this.phase = phase;
        this.progress = fraction;
    }

    /**
     * The 409 for asking the result of a job that has none (yet): still queued or running, failed, or cancelled.
     *
     * @param noun     e.g. "job" or "report"
     * @param pollPath where its status is polled
     * @param missing  what a cancelled job does not have, e.g. "result"
     */
    public JobStateException noResult(String noun, String pollPath, String missing) {
        String why = switch (status) {
            case "queued", "running" -> noun + " " + id + " is still " + status + "; poll GET " + pollPath;
            case "failed" -> noun + " " + id + " failed: " + error;
            default -> noun + " " + id + " was cancelled; it has no " + missing;
        };
        return new JobStateException(HttpStatus.CONFLICT, "id", why);
    }

    /** Cancelled when the caller cancels the job or the application stops; the work checks it. */
    public CancellationToken cancellation() {
        return cancel;
    }

    String startedBy() {
        return startedBy;
    }

    public String status() {
        return status;
    }

    public boolean finished() {
        return status.equals("done") || status.equals("cancelled") || status.equals("failed");
    }

    /** Seconds since it started running (0 while queued), up to its end. */
    protected double elapsedSeconds() {
        long end = endNanos != 0 ? endNanos : System.nanoTime();
        return startNanos == 0 ? 0 : (end - startNanos) / 1e9;
    }

    /** Cancels it; a job still queued ends here (the caller has taken it off the queue). */
    synchronized void cancelNow() {
        cancel.cancel();
        if (status.equals("queued")) {
            status = "cancelled";
            endNanos = System.nanoTime();
        }
    }

    void whenEnded(Runnable r) {
        this.whenEnded = r;
    }
}
