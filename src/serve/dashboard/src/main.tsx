import { render } from "preact";
import { App } from "./app.js";
import "maplibre-gl/dist/maplibre-gl.css";
import "./styles.css";

render(<App />, document.getElementById("app")!);
