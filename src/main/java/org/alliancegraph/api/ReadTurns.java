package org.alliancegraph.api;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Turns for queries, first come first served, that give way to writes: a query whose turn comes
 * while a mutation runs starts when no mutation runs (or after {@code giveWay}, so a stream of writes
 * cannot starve reads). Mutations take no turn and never wait here. On a machine whose cores are all
 * answering queries, a write otherwise shares them with every query that starts during it.
 */
final class ReadTurns {

    private final Semaphore turns;
    private final long giveWayNanos;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition noWriter = lock.newCondition();
    private int writers;

    ReadTurns(int permits, Duration giveWay) {
        this.turns = new Semaphore(permits, true);
        this.giveWayNanos = giveWay.toNanos();
    }

    /** Waits at most {@code wait} for a turn; false when none came. Then gives way to running writes. */
    boolean take(Duration wait) throws InterruptedException {
        if (!turns.tryAcquire(wait.toMillis(), TimeUnit.MILLISECONDS)) {
            return false;
        }
        lock.lock();
        try {
            long left = giveWayNanos;
            while (writers > 0 && left > 0) {
                left = noWriter.awaitNanos(left);
            }
        } catch (InterruptedException e) {
            turns.release();
            throw e;
        } finally {
            lock.unlock();
        }
        return true;
    }

    void give() {
        turns.release();
    }

    int available() {
        return turns.availablePermits();
    }

    void writeStarted() {
        lock.lock();
        try {
            writers++;
        } finally {
            lock.unlock();
        }
    }

    void writeEnded() {
        lock.lock();
        try {
            if (--writers == 0) {
                noWriter.signalAll();
            }
        } finally {
            lock.unlock();
        }
    }
}
