package casecheck.batch.report;

import java.io.PrintWriter;

/** The few lines a report run prints: where the files are, per unit its problems and delivery. */
final class ReportSummary {

    private ReportSummary() {
    }

    static void print(ReportRun run, ReportService reports, PrintWriter out) {
        if (run.runState() != RunState.COMPLETED) {
            out.println(run.dataDate() == null ? "注意：" + run.date() + " 的夜间检查未完成，且没有已完成的检查，报告中无问题数据。"
                    : "注意：" + run.date() + " 的夜间检查未完成，报告使用 " + run.dataDate() + " 的数据并已在报告顶部注明。");
        }
        out.println("晨报 " + run.date() + "：" + run.units().size() + " 个单位，输出目录 "
                + reports.outbox().root().resolve(run.date().toString()));
        for (ReportRun.UnitOutput u : run.units()) {
            String delivery = u.delivery().map(d -> "，邮件" + d.status().label()).orElse("");
            out.println("  " + casecheck.privacy.Masker.mask(u.unitCode()) + "：在办问题 " + u.openFindings() + "，文件 " + u.files().size() + delivery);
        }
        if (run.unassignedFindings() > 0) {
            out.println("  另有 " + run.unassignedFindings() + " 条问题的单位不在单位表中，未列入任何单位报告。");
        }
        for (casecheck.batch.delivery.Delivery d : reports.unsentDeliveries()) {
            out.println("  未送达：" + d.businessDate() + " " + casecheck.privacy.Masker.mask(d.unitCode()) + "（"
                    + d.status().label() + "，已尝试 " + d.attempts() + " 次，将继续重试）");
        }
        out.flush();
    }
}
