"""The Gradio web UI. `render` holds the pure HTML renderers; `server` the layout, handlers and `launch()`."""
