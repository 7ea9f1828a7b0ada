package org.salestrack.sample;

import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * What buyers write about each aspect, praising or complaining, in the words of Tmall and JD reviews;
 * the aspect ids are those of resources/feedback/aspects.tsv.
 */
final class FeedbackPhrases {
    static final List<String> PHONE_ASPECTS = List.of("battery", "heat", "camera", "screen", "signal", "system", "price",
            "logistics", "service", "design", "audio");
    static final List<String> TABLET_ASPECTS = List.of("battery", "heat", "screen", "system", "price", "logistics", "service",
            "design", "audio");
    static final List<String> WEARABLE_ASPECTS = List.of("battery", "screen", "system", "price", "logistics", "service", "design");

    private static final Map<String, List<String>> PRAISE = Map.ofEntries(
            Map.entry("battery", List.of("续航很给力，重度使用一天没问题", "电池很耐用，充电速度也快", "快充很快，半小时就充到八十多")),
            Map.entry("heat", List.of("打游戏也不怎么发热，温控做得不错", "玩了一个小时游戏机身只是微温")),
            Map.entry("camera", List.of("拍照效果很棒，夜景也很清晰", "相机成像清楚，色彩还原真实", "摄像头拍人像很自然")),
            Map.entry("screen", List.of("屏幕显示细腻，亮度很高", "屏幕观感舒服，刷新率高很顺滑")),
            Map.entry("signal", List.of("信号稳定，地下车库也有网", "通话清楚，5G网络很快")),
            Map.entry("system", List.of("系统流畅，用起来很顺手", "运行速度快，一点不卡")),
            Map.entry("price", List.of("性价比很高，活动价很划算", "价格实惠，比实体店便宜")),
            Map.entry("logistics", List.of("物流很快，第二天就到货了", "快递包装很严实，送货上门")),
            Map.entry("service", List.of("客服态度很好，耐心解答问题", "售后处理及时，服务周到")),
            Map.entry("design", List.of("外观很漂亮，手感很好", "机身轻薄，颜值很高")),
            Map.entry("audio", List.of("音质不错，外放声音很大", "扬声器效果好，看视频很享受")));

    private static final Map<String, List<String>> COMPLAINT = Map.ofEntries(
            Map.entry("battery", List.of("续航太差了，一天要充两次电", "电池掉电特别快，待机一晚上掉了百分之十", "充电速度慢，电量不经用")),
            Map.entry("heat", List.of("发热严重，玩一会儿游戏就烫手", "充电的时候发烫厉害，有点担心", "稍微用久一点就发热，还会降频")),
            Map.entry("camera", List.of("拍照发虚，夜景噪点很多", "相机对焦慢，照片模糊", "镜头进灰了，拍出来有黑点")),
            Map.entry("screen", List.of("屏幕有亮点，边缘还发黄", "屏幕用了两周就出现绿线", "触控不灵敏，经常点不动")),
            Map.entry("signal", List.of("信号太差，电梯里直接断网", "wifi经常断流，通话也有杂音")),
            Map.entry("system", List.of("系统卡顿，打开应用要等半天", "经常闪退死机，很影响使用", "广告太多，系统也越用越卡")),
            Map.entry("price", List.of("刚买就降价了五百，也不给保价", "价格偏贵，性价比不高")),
            Map.entry("logistics", List.of("物流太慢，等了一个星期才到", "快递盒子都压坏了，包装太简陋")),
            Map.entry("service", List.of("客服回复慢，问题一直没解决", "售后推来推去，态度很差")),
            Map.entry("design", List.of("做工粗糙，边框有缝隙", "机身太重，拿久了手累")),
            Map.entry("audio", List.of("扬声器有杂音，音量开大就破音", "音质很一般，声音发闷")));

    /** The complaints of the planted episode: overheating after the software update. */
    static final List<String> AFTER_UPDATE_HEAT = List.of(
            "升级到最新系统版本以后发热特别严重，待机也烫手，很失望",
            "系统更新后手机一直发烫，耗电也快了，差评",
            "更新完系统，玩游戏烫得拿不住，还降频卡顿",
            "这周推送的系统更新后发热明显，之前一直好好的，希望尽快修复",
            "升级后充电发烫厉害，不敢用了，后悔升级");

    private static final List<String> GLAD = List.of("很满意，好评！", "推荐购买。", "总体不错，值得入手。", "五星好评。", "");
    private static final List<String> SORRY = List.of("很失望，差评！", "不推荐购买。", "后悔买了。", "质量太差了，想退货。", "");

    private FeedbackPhrases() {}

    static List<String> aspectsOf(Product p) {
        return switch (p.category()) {
            case Catalogue.TABLET -> TABLET_ASPECTS;
            case Catalogue.WEARABLE -> WEARABLE_ASPECTS;
            default -> PHONE_ASPECTS;
        };
    }

    static String praise(String aspect, Random rng) { return pick(PRAISE.get(aspect), rng); }

    static String complaint(String aspect, Random rng) { return pick(COMPLAINT.get(aspect), rng); }

    static String glad(Random rng) { return pick(GLAD, rng); }

    static String sorry(Random rng) { return pick(SORRY, rng); }

    static <T> T pick(List<T> list, Random rng) { return list.get(rng.nextInt(list.size())); }

    /** Joins clauses with Chinese commas and ends the review with a closing phrase. */
    static String review(List<String> clauses, String closing) {
        String body = String.join("，", clauses);
        return closing.isEmpty() ? body + "。" : body + "，" + closing;
    }
}
