package nl.nsp.planner.api.job;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import nl.nsp.planner.account.Caller;
import nl.nsp.planner.api.JobStateException;
import nl.nsp.planner.api.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;

/**
 * The jobs of one kind: one worker thread behind a bounded queue (a full queue is refused with 429), the jobs by id
 * for the caller that started them (404 for anyone else), cancelling, and the last {@code keepFinished} ended jobs
 * kept for their results.
 *
 * @param <J> the kind of job
 */
public final class JobQueue<J extends BackgroundJob> {
    private static final Logger LOG = LoggerFactory.getLogger(JobQueue.class);

    private final String noun;
    private final int keepFinished;
    private final ThreadPoolExecutor executor;
    /** All known jobs in submission order; guarded by itself. */
    private final Map<String, J> jobs = new LinkedHashMap<>();

    /**
     * @param noun         what the messages call a job, e.g. "optimisation job"
     * @param threadName   name of the worker thread
     * @param queueSize    jobs that may wait behind the running one
     * @param keepFinished ended jobs kept
     */
    public JobQueue(String noun, String threadName, int queueSize, int keepFinished) {
        if (queueSize < 1 || keepFinished < 1) {
            throw new IllegalArgumentException("queue size and kept jobs must be >= 1, got " + queueSize + " and " + keepFinished);
        }
        this.noun = noun;
        this.keepFinished = keepFinished;
        this.executor = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS, new ArrayBlockingQueue<>(queueSize), r -> {
            Thread t = new Thread(r, threadName);
            t.setDaemon(true);
            return t;
        }, new ThreadPoolExecutor.AbortPolicy());
    }

    /** Queues {@code job}. @throws JobStateException (429) when the queue is full */
    public J submit(J job) {
        job.whenEnded(this::evictFinished);
        synchronized (jobs) {
            try {
                executor.execute(job);
            } catch (RejectedExecutionException e) {
                throw new JobStateException(HttpStatus.TOO_MANY_REQUESTS, "queue", "the " + noun + " queue is full ("
                        + executor.getQueue().size() + " waiting behind a running one); try again later or cancel one");
            }
            jobs.put(job.id(), job);
        }
        return job;
    }

    /** The job {@code id} started by {@code caller}; someone else's job is as unknown as one that never existed (404). */
    public J find(String id, Caller caller) {
        synchronized (jobs) {
            J job = jobs.get(id);
            if (job == null || !job.startedBy().equals(caller.name())) {
                throw new NotFoundException("id", "no " + noun + " " + id + " (unknown, or evicted after it ended)");
            }
            return job;
        }
    }

    /** Cancels a queued or running job of the caller; a queued one leaves the queue at once. @throws JobStateException (409) when it has ended */
    public J cancel(String id, Caller caller) {
        J job = find(id, caller);
        synchronized (job) {
            if (job.finished()) {
                throw new JobStateException(HttpStatus.CONFLICT, "id", noun + " " + id + " has already ended (" + job.status() + ")");
            }
            if (job.status().equals("queued")) {
                executor.remove(job);
            }
            job.cancelNow();
        }
        if (job.finished()) {
            evictFinished();
        }
        return job;
    }

    private void evictFinished() {
        synchronized (jobs) {
            int finished = 0;
            for (J j : jobs.values()) {
                finished += j.finished() ? 1 : 0;
            }
            for (Iterator<J> it = jobs.values().iterator(); it.hasNext() && finished > keepFinished;) {
                if (it.next().finished()) {
                    it.remove();
                    finished--;
                }
            }
        }
    }

    /** Cancels every job and stops the worker (waits up to 10 s). */
    public void shutdown() throws InterruptedException {
        synchronized (jobs) {
            jobs.values().forEach(j -> j.cancellation().cancel());
        }
        executor.shutdownNow();
        if (!executor.awaitTermination(10, TimeUnit.SECONDS)) {
            LOG.warn("the {} worker did not stop within 10 s", noun);
        }
    }
}
