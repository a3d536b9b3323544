/// <reference types="vite/client" />
declare module 'virtual:muni-docs/kochani-theme.css';
