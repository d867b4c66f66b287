var VERSION="0.1.0",BUILD_ID="f043eade89ecca0f";export{VERSION,BUILD_ID};
