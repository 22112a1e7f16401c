package cn.jixiao.docs.cli;

import cn.jixiao.docs.batch.BatchScheduler;
import cn.jixiao.docs.service.BatchControl;

/** The batch scheduler as the service's {@code /api/batch} controls it. */
public record NightlyBatch(BatchScheduler scheduler) implements BatchControl {

    @Override
    public Object status() { return scheduler.status(); }

    @Override
    public Started startNow() {
        BatchScheduler.StartResult r = scheduler.startNow();
        return new Started(r.started(), r.status());
    }
}
