package cn.jixiao.docs.service;

import cn.jixiao.docs.render.Format;
import cn.jixiao.docs.render.Rendered;
import java.util.Set;

/**
 * The one thing the service asks of the renderer ({@code Renderer::render}). An interface so that tests can hold a
 * render still and see what the service does meanwhile: a full queue, a time limit, a stop.
 */
@FunctionalInterface
interface RenderCall {
    Rendered render(byte[] json, Set<Format> formats);
}
