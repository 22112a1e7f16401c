package cn.jixiao.docs.batch;

/** One written document: its path relative to OUTPUT_DIR (forward slashes) and the SHA-256 of its bytes. */
public record OutputFile(String path, String sha256) {

    /** The path without its extension: the name two inputs must not share ("县/巨鹿县总工会2024年部门预算绩效文本"). */
    public String stem() {
        int dot = path.lastIndexOf('.');
        return dot > path.lastIndexOf('/') ? path.substring(0, dot) : path;
    }
}
